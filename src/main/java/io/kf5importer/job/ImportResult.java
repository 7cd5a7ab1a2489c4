package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Statistics;
import io.kf5importer.ledger.RunCounts;

import java.nio.file.Path;
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
 * @param changed the first rows found changed since their import and not updated (the report lists them all)
 * @param reportFolder where the run's reports are, or {@code null}
 * @param failedRowsFile the rejected and failed rows in the source's format, or {@code null} when there are none
 * @param alreadyImportedBy the run that imported this very file whole before, when this run had nothing to do
 * @param requests what the KF5 client did: requests by kind, 429s, retries, the pace it ended at; or {@code null}
 * @param sourceUnreadable whether it ended early because the source cannot be read on (bytes that do not decode, a
 *     file gone): running again resumes only once the file is fixed or read with the options {@code failure} names
 */
public record ImportResult(long runId, String status, RunCounts counts, List<RowOutcome> problems, String failure,
        boolean resumed, Duration took, List<RowOutcome> changed, Path reportFolder, Path failedRowsFile,
        Long alreadyImportedBy, Kf5Statistics requests, boolean sourceUnreadable) {

    public ImportResult(long runId, String status, RunCounts counts, List<RowOutcome> problems, String failure,
            boolean resumed, Duration took) {
        this(runId, status, counts, problems, failure, resumed, took, List.of(), null, null, null, null, false);
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
