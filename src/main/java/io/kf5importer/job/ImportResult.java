package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;

import java.time.Duration;
import java.util.List;

/**
 * How an import ended.
 *
 * @param runId the run's id in the history
 * @param status {@code COMPLETED}, {@code STOPPED} or {@code FAILED}
 * @param counts what it did to the rows
 * @param problems the rows rejected or failed, with their reasons
 * @param failure why the run stopped early, or {@code null}
 * @param resumed whether it continued an earlier run that had not finished
 * @param took how long it ran
 */
public record ImportResult(long runId, String status, RunCounts counts, List<RowOutcome> problems, String failure,
        boolean resumed, Duration took) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
