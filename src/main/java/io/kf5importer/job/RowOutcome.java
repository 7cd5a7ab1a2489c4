package io.kf5importer.job;

/**
 * What became of one row in this run.
 *
 * @param row the row
 * @param result the kind of outcome
 * @param ticketId the ticket created or found, else {@code null}
 * @param message why it was rejected, failed or left uncertain, else {@code null}
 */
public record RowOutcome(PreparedRow row, Result result, Long ticketId, String message) {

    /** The kinds of outcome. */
    public enum Result {
        /** A ticket was created (or found in KF5 after an unanswered create). */
        CREATED,
        /** Imported by an earlier run. */
        SKIPPED,
        /** The row cannot be mapped; nothing was sent. */
        REJECTED,
        /** KF5 refused the ticket, or stayed unavailable. */
        FAILED,
        /** Sent without an answer, and not found yet: settled at the end of the run or on the next one. */
        UNCERTAIN
    }

    static RowOutcome created(PreparedRow row, long ticketId) {
        return new RowOutcome(row, Result.CREATED, ticketId, null);
    }

    static RowOutcome skipped(PreparedRow row, Long ticketId) {
        return new RowOutcome(row, Result.SKIPPED, ticketId, null);
    }

    static RowOutcome rejected(PreparedRow row, String reason) {
        return new RowOutcome(row, Result.REJECTED, null, reason);
    }

    static RowOutcome failed(PreparedRow row, String reason) {
        return new RowOutcome(row, Result.FAILED, null, reason);
    }

    static RowOutcome uncertain(PreparedRow row, String reason) {
        return new RowOutcome(row, Result.UNCERTAIN, null, reason);
    }
}
