package io.kf5importer.job;

import io.kf5importer.kf5.Kf5Client;
import io.kf5importer.kf5.Kf5Exception;
import io.kf5importer.ledger.ImportLock;
import io.kf5importer.ledger.ImportedFile;
import io.kf5importer.ledger.ImportedFiles;
import io.kf5importer.ledger.RunCounts;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.source.SourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs the import job: a new run, or the continuation of the last one over the same file, mapping and account when
 * it did not finish (failed, stopped, or left running by a killed process). One import at a time per database.
 *
 * <p>A file whose very bytes were imported whole before (same mapping, same account) is not read again: the run is
 * recorded as having nothing to do. A new run that imports every row is recorded so for the next time.
 */
public class ImportLauncher {

    private static final Logger log = LoggerFactory.getLogger(ImportLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final ImportRequest request;
    private final RunHistory history;
    private final RunTracker run;
    private final StopRequest stop;
    private final Kf5Client client;
    private final DataSource dataSource;
    private final ImportedFiles importedFiles;
    private volatile boolean running;

    public ImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job job, ImportRequest request,
            RunHistory history, RunTracker run, StopRequest stop, Kf5Client client, DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = job;
        this.request = request;
        this.history = history;
        this.run = run;
        this.stop = stop;
        this.client = client;
        this.dataSource = dataSource;
        this.importedFiles = new ImportedFiles(dataSource);
    }

    public ImportResult run() throws Exception {
        Instant started = Instant.now();
        try (ImportLock lock = ImportLock.acquire(dataSource)) {
            client.me();
            Optional<JobExecution> unfinished = unfinishedExecution();
            long runId = history.start(request.sourceFile().toString(), request.mappingFile().toString(),
                    request.targetUrl());
            begin(runId);
            running = true;
            try {
                ImportResult result = unfinished.isPresent()
                        ? result(resume(unfinished.get(), runId), true, started)
                        : importUnlessDone(runId, started);
                logSummary(result);
                return result;
            } finally {
                running = false;
                run.end();
            }
        }
    }

    /** Begins the run; a run that cannot even begin (its report folder cannot be made) is recorded as failed. */
    private void begin(long runId) {
        try {
            run.begin(runId);
        } catch (RuntimeException e) {
            history.finish(runId, BatchStatus.FAILED.name(), e.getMessage());
            throw e;
        }
    }

    /**
     * Asks the import to stop once the rows being sent are done and recorded; the run ends STOPPED and the same
     * command resumes it. Returns whether a run was going (a request made before it starts still stops it).
     */
    public boolean stop() {
        run.stopBecause("stopped on request (Ctrl-C or SIGTERM) once the rows being sent were recorded; run the same"
                + " import again to resume");
        stop.request();
        return running;
    }

    /** The run in progress, for progress displays; its counts are live. */
    public RunTracker tracker() {
        return run;
    }

    /** The client of this import, for progress displays (its statistics count the 429 answers). */
    public Kf5Client client() {
        return client;
    }

    private ImportResult importUnlessDone(long runId, Instant started) throws Exception {
        ImportedFile file = SourceIdentity.of(request);
        Optional<Long> importedBy = importedFiles.importedWholeBy(file);
        if (importedBy.isPresent()) {
            return nothingToDo(runId, importedBy.get(), started);
        }
        ImportResult result = result(startNew(runId), false, started);
        if (result.completed() && result.counts().allImported()) {
            importedFiles.recordImportedWhole(file, runId);
        }
        return result;
    }

    private ImportResult nothingToDo(long runId, long importedBy, Instant started) {
        String message = "nothing to do: run " + importedBy + " imported this very file (same content, mapping and"
                + " account) whole";
        log.info("Run {}: {} is a no-op, {}", runId, request.sourceFile(), message);
        history.finish(runId, BatchStatus.COMPLETED.name(), message);
        return new ImportResult(runId, BatchStatus.COMPLETED.name(), RunCounts.NONE, List.of(), null, false,
                Duration.between(started, Instant.now()), List.of(), run.reportFolder(), null, importedBy,
                client.statistics(), false);
    }

    private JobExecution startNew(long runId) throws Exception {
        JobParameters parameters = new JobParametersBuilder()
                .addLong("run", runId)
                .addString("source", request.sourceFile().toString(), false)
                .addString("mapping", request.mappingFile().toString(), false)
                .addString("target", request.targetUrl(), false)
                .toJobParameters();
        log.info("Run {}: importing {} into {}", runId, request.sourceFile(), request.targetUrl());
        return jobOperator.start(job, parameters);
    }

    private JobExecution resume(JobExecution unfinished, long runId) throws Exception {
        if (unfinished.getStatus().isRunning() || unfinished.getStatus() == BatchStatus.UNKNOWN) {
            log.warn("The last import of {} (job execution {}) was left {} by a process that ended without"
                    + " finishing it; recovering it", request.sourceFile(), unfinished.getId(), unfinished.getStatus());
            history.markKilled(unfinished.getId());
            unfinished = jobOperator.recover(unfinished);
        }
        log.info("Run {}: resuming the unfinished import of {} (job execution {}, {})", runId, request.sourceFile(),
                unfinished.getId(), unfinished.getStatus());
        return jobOperator.restart(unfinished);
    }

    private Optional<JobExecution> unfinishedExecution() throws SQLException {
        return history.lastJobExecutionFor(request.sourceFile().toString(), request.mappingFile().toString(),
                        request.targetUrl())
                .map(jobRepository::getJobExecution)
                .filter(execution -> execution.getStatus() != BatchStatus.COMPLETED
                        && execution.getStatus() != BatchStatus.ABANDONED);
    }

    private ImportResult result(JobExecution execution, boolean resumed, Instant started) {
        String failure = failureOf(execution, run);
        execution.getAllFailureExceptions().forEach(e -> log.debug("Run {} ended {}", run.runId(),
                execution.getStatus(), e));
        return new ImportResult(run.runId(), execution.getStatus().name(), run.counts(), run.problems(), failure,
                resumed, Duration.between(started, Instant.now()), run.changedRows(), run.reportFolder(),
                run.failedRowsFile(), null, client.statistics(),
                failure != null && sourceUnreadable(execution, run));
    }

    /** Why the run ended before its end: the stop asked for, else its first failure; {@code null} when it did not. */
    static String failureOf(JobExecution execution, RunTracker run) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return null;
        }
        if (execution.getStatus() == BatchStatus.STOPPED && run.stopReason() != null) {
            return run.stopReason();
        }
        return execution.getAllFailureExceptions().stream().map(ImportLauncher::reason).findFirst()
                .orElse(run.stopReason());
    }

    /**
     * What the operator can act on: the KF5 failure among the causes (Spring Batch wraps what the writer threw), else
     * the outermost failure of our own (a {@link SourceException} names the file, the line and the option to give;
     * the cause it wraps, such as the undecodable byte, does not), else the innermost message.
     */
    static String reason(Throwable failure) {
        String ours = null;
        String innermost = failure.toString();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Kf5Exception) {
                return cause.getMessage();
            }
            if (cause.getMessage() != null) {
                if (ours == null && isOurs(cause)) {
                    ours = cause.getMessage();
                }
                innermost = cause.getMessage();
            }
        }
        return ours != null ? ours : innermost;
    }

    private static boolean isOurs(Throwable failure) {
        return failure.getClass().getName().startsWith("io.kf5importer.");
    }

    /** Whether the run failed because its source cannot be read on: running again unchanged fails the same way. */
    static boolean sourceUnreadable(JobExecution execution, RunTracker run) {
        if (run.sourceUnreadable()) {
            return true;
        }
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof SourceException) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void logSummary(ImportResult result) {
        RunCounts counts = result.counts();
        log.info("Run {} {} in {} s: {} rows read, {} created, {} updated, {} changed (not updated), {} already"
                        + " imported, {} rejected, {} failed; reports in {}", result.runId(), result.status(),
                result.took().toSeconds(), counts.read(), counts.created(), counts.updated(), counts.changed(),
                counts.skipped(), counts.rejected(), counts.failed(), result.reportFolder());
    }
}
