package io.kf5importer.job;

import io.kf5importer.kf5.TicketJson;
import io.kf5importer.mapping.MappedRow;
import io.kf5importer.source.SourceRecord;

/**
 * A row ready for the writer: its mapping (a ticket to send, or the reasons it cannot be) and where it came from.
 * Its ticket's JSON is made once, on first use: the reader makes it ahead, off the chunk's thread.
 */
public final class PreparedRow {

    private final MappedRow mapped;
    private final String sourceFile;
    private final SourceRecord source;
    private volatile TicketJson json;

    /**
     * @param mapped the mapped row
     * @param sourceFile the file name it was read from, for the ledger and reports
     * @param source the record as read (its cells, for the failed-rows report), or {@code null} when not kept
     */
    public PreparedRow(MappedRow mapped, String sourceFile, SourceRecord source) {
        this.mapped = mapped;
        this.sourceFile = sourceFile;
        this.source = source;
    }

    public PreparedRow(MappedRow mapped, String sourceFile) {
        this(mapped, sourceFile, null);
    }

    public MappedRow mapped() {
        return mapped;
    }

    public String sourceFile() {
        return sourceFile;
    }

    public SourceRecord source() {
        return source;
    }

    public String key() {
        return mapped.key();
    }

    public long rowNumber() {
        return mapped.rowNumber();
    }

    /** The ticket serialized, with its fingerprint; only for a row that is not rejected. */
    public TicketJson ticketJson() {
        TicketJson made = json;
        if (made == null) {
            made = TicketJson.of(mapped.ticket());
            json = made;
        }
        return made;
    }

    /** The same row without its source cells, for what is kept until the end of the run. */
    public PreparedRow withoutSource() {
        return source == null ? this : new PreparedRow(mapped, sourceFile, null);
    }

    @Override
    public String toString() {
        return "PreparedRow[" + sourceFile + " row " + rowNumber() + ", key " + key() + "]";
    }
}
