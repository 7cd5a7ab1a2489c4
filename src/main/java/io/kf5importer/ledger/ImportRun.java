package io.kf5importer.ledger;

import java.time.Instant;

/**
 * One run of the importer over one source file.
 *
 * @param id the run id shown to the operator
 * @param jobExecutionId the Spring Batch job execution behind it, or {@code null} before it started
 * @param sourceFile the file imported
 * @param mappingFile the mapping used
 * @param targetUrl the KF5 account written to
 * @param startedAt when it started
 * @param finishedAt when it ended, or {@code null} while it runs (or if it was killed)
 * @param state {@code STARTED}, {@code COMPLETED}, {@code STOPPED}, {@code FAILED} or {@code KILLED}
 * @param counts what it did so far
 * @param message why it stopped or failed, or {@code null}
 * @param reportFolder where its reports are, or {@code null} when it wrote none
 */
public record ImportRun(long id, Long jobExecutionId, String sourceFile, String mappingFile, String targetUrl,
        Instant startedAt, Instant finishedAt, String state, RunCounts counts, String message, String reportFolder) {
}
