package io.kf5importer.job;

import io.kf5importer.mapping.MappedRow;

/**
 * A row ready for the writer: its mapping (a ticket to send, or the reasons it cannot be) and where it came from.
 *
 * @param mapped the mapped row
 * @param sourceFile the file name it was read from, for the ledger and reports
 */
public record PreparedRow(MappedRow mapped, String sourceFile) {

    public String key() {
        return mapped.key();
    }

    public long rowNumber() {
        return mapped.rowNumber();
    }
}
