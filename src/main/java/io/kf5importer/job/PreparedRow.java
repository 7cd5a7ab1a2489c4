package io.kf5importer.job;

import io.kf5importer.mapping.MappedRow;
import io.kf5importer.source.SourceRecord;

/**
 * A row ready for the writer: its mapping (a ticket to send, or the reasons it cannot be) and where it came from.
 *
 * @param mapped the mapped row
 * @param sourceFile the file name it was read from, for the ledger and reports
 * @param source the record as read (its cells, for the failed-rows report), or {@code null} when not kept
 */
public record PreparedRow(MappedRow mapped, String sourceFile, SourceRecord source) {

    public PreparedRow(MappedRow mapped, String sourceFile) {
        this(mapped, sourceFile, null);
    }

    public String key() {
        return mapped.key();
    }

    public long rowNumber() {
        return mapped.rowNumber();
    }

    /** The same row without its source cells, for what is kept until the end of the run. */
    public PreparedRow withoutSource() {
        return source == null ? this : new PreparedRow(mapped, sourceFile, null);
    }
}
