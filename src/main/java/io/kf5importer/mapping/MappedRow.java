package io.kf5importer.mapping;

import io.kf5importer.kf5.TicketRequest;

import java.util.List;

/**
 * A row after mapping: the ticket to create, or every problem found with it.
 *
 * @param rowNumber the row number as a person finds it in the source
 * @param key the row's identity across runs: the key column's value, or {@code <file name>#<row number>}
 * @param ticket the request to send, or {@code null} when the row is rejected
 * @param attachments files to upload first; empty when none
 * @param problems everything wrong with the row; empty when it can be sent
 * @param warnings things worth telling the operator that do not stop the row
 */
public record MappedRow(long rowNumber, String key, TicketRequest ticket, List<AttachmentFile> attachments,
        List<RowProblem> problems, List<String> warnings) {

    public MappedRow {
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public static MappedRow rejected(long rowNumber, String key, List<RowProblem> problems) {
        return new MappedRow(rowNumber, key, null, List.of(), problems, List.of());
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }

    /** The problems in one line, for the ledger and the reports. */
    public String rejectionReason() {
        return String.join("; ", problems.stream().map(RowProblem::toString).toList());
    }
}
