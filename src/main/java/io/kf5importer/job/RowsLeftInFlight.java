package io.kf5importer.job;

import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import io.kf5importer.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows of this source that the ledger still holds as being sent although this run has not met them: an earlier run
 * was killed or stopped after sending them, in a chunk a restart does not read again. They are read again from the
 * source, by row number, so that the settle step can look for their tickets and send them if KF5 has none.
 */
class RowsLeftInFlight {

    private static final Logger log = LoggerFactory.getLogger(RowsLeftInFlight.class);

    private final Ledger ledger;
    private final ImportRequest request;
    private final RowProcessor processor;
    private final ProblemLinks links;
    private final String sourceName;

    RowsLeftInFlight(Ledger ledger, ImportRequest request, RowProcessor processor, ProblemLinks links) {
        this.ledger = ledger;
        this.request = request;
        this.processor = processor;
        this.links = links;
        this.sourceName = request.sourceFile().getFileName().toString();
    }

    /** The rows left being sent, except those whose keys this run already holds; in source order. */
    List<PreparedRow> read(Set<String> keysInHand) {
        Map<Long, LedgerRow> wanted = new LinkedHashMap<>();
        for (LedgerRow row : ledger.rowsInFlight(request.targetUrl())) {
            if (sourceName.equals(row.sourceFile()) && !keysInHand.contains(row.key())) {
                wanted.put(row.rowNumber(), row);
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        log.info("{} rows of {} were left being sent by an earlier run; reading them again to settle them",
                wanted.size(), sourceName);
        List<PreparedRow> rows = readRows(wanted);
        wanted.values().forEach(row -> log.warn("Row {} of {} (key {}) was left being sent, but the source no longer"
                + " has it there; import the file that has it to settle it", row.rowNumber(), sourceName, row.key()));
        return rows;
    }

    /** Reads the wanted rows, removing each one found with its key from {@code wanted}. */
    private List<PreparedRow> readRows(Map<Long, LedgerRow> wanted) {
        List<PreparedRow> rows = new ArrayList<>();
        try (SourceReader reader = SourceReaders.open(request.sourceFile(), request.sourceOptions())) {
            SourceRecord record;
            while (!wanted.isEmpty() && (record = reader.read()) != null) {
                LedgerRow entry = wanted.get(record.number());
                if (entry == null) {
                    continue;
                }
                PreparedRow row = asSent(record);
                if (row != null && row.key().equals(entry.key())) {
                    rows.add(row);
                    wanted.remove(record.number());
                }
            }
        }
        return rows;
    }

    /** The row as it was sent: mapped, an incident linked to its problem ticket; {@code null} if that has none. */
    private PreparedRow asSent(SourceRecord record) {
        PreparedRow row = processor.prepare(record);
        return ProblemLinks.waits(row) ? links.link(row).orElse(null) : row;
    }
}
