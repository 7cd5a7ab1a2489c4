package io.kf5importer.report;

import io.kf5importer.source.SourceRecord;

/**
 * One row's outcome, as the reports show it.
 *
 * @param rowNumber the row number in the source
 * @param key the row's key
 * @param status {@code CREATED}, {@code UPDATED}, {@code CHANGED}, {@code SKIPPED}, {@code REJECTED} or
 *        {@code FAILED}
 * @param ticketId the KF5 ticket, or {@code null}
 * @param message why it was rejected, failed or listed as changed, or {@code null}
 * @param source the row as read from the source (for the failed-rows file), or {@code null} when not kept
 */
public record ReportRow(long rowNumber, String key, String status, Long ticketId, String message,
        SourceRecord source) {

    /** Whether the row goes to the failed-rows file, to be fixed and imported again. */
    public boolean isProblem() {
        return "REJECTED".equals(status) || "FAILED".equals(status);
    }
}
