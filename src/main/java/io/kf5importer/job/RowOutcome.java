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
        /** Imported by an earlier run, unchanged since. */
        SKIPPED,
        /** Imported by an earlier run, changed since, and its ticket updated to the new content. */
        UPDATED,
        /** Imported by an earlier run and changed since; listed, not sent (no {@code --update-changed}). */
        CHANGED,
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

    static RowOutcome updated(PreparedRow row, long ticketId) {
        return new RowOutcome(row, Result.UPDATED, ticketId, null);
    }

    static RowOutcome changed(PreparedRow row, long ticketId, String message) {
        return new RowOutcome(row, Result.CHANGED, ticketId, message);
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

    /** The same outcome without the row's source cells, for what is kept until the end of the run. */
    RowOutcome withoutSource() {
        return new RowOutcome(row.withoutSource(), result, ticketId, message);
    }
}
