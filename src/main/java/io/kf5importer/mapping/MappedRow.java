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
 * @param problemKey the key of the row whose ticket is this incident's problem, to be put in {@code problem_id} once
 *        that ticket exists; {@code null} when the ticket names no problem row
 * @param unchecked values that only the KF5 account can check, noted when mapping offline (left out of the ticket)
 */
public record MappedRow(long rowNumber, String key, TicketRequest ticket, List<AttachmentFile> attachments,
        List<RowProblem> problems, List<String> warnings, String problemKey, List<String> unchecked) {

    public MappedRow {
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        unchecked = List.copyOf(unchecked);
    }

    /** A row that names no problem row and was checked against the account (or needs no check). */
    public MappedRow(long rowNumber, String key, TicketRequest ticket, List<AttachmentFile> attachments,
            List<RowProblem> problems, List<String> warnings) {
        this(rowNumber, key, ticket, attachments, problems, warnings, null, List.of());
    }

    public static MappedRow rejected(long rowNumber, String key, List<RowProblem> problems) {
        return new MappedRow(rowNumber, key, null, List.of(), problems, List.of());
    }

    public boolean isRejected() {
        return !problems.isEmpty();
    }

    /** The same row with its problem ticket's id in {@code problem_id}, once that ticket exists. */
    public MappedRow withProblemId(long problemTicketId) {
        return new MappedRow(rowNumber, key, ticket.withProblemId(problemTicketId), attachments, problems, warnings,
                null, unchecked);
    }

    /** The problems in one line, for the ledger and the reports. */
    public String rejectionReason() {
        return String.join("; ", problems.stream().map(RowProblem::toString).toList());
    }
}
