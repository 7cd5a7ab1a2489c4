package io.kf5importer.plan;

import java.util.Optional;

/** What the ledger knows of earlier imports into the target: the ticket a row key already has. */
@FunctionalInterface
public interface ImportedRows {

    /** No ledger consulted: no row is known to be imported. */
    ImportedRows UNKNOWN = key -> Optional.empty();

    /** The id of the ticket created for this row key, or empty when none was. */
    Optional<Long> ticketOf(String key);
}
