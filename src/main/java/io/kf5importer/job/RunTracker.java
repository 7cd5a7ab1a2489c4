package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;
import io.kf5importer.ledger.RunHistory;
import io.kf5importer.report.ReportRow;
import io.kf5importer.report.RunReport;
import io.kf5importer.source.SourceDescription;
import io.kf5importer.source.SourceHeader;
import org.slf4j.MDC;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run in progress in this process: its id, its counts, its reports, and the rows left uncertain for the settle
 * step. One per application context, which runs one import. Thread-safe.
 *
 * <p>While a run goes on, the thread that began it carries the run id in the logging context (MDC key
 * {@value #MDC_KEY}), so that every log line of the run names it.
 */
public class RunTracker {

    /** The logging context key holding the run id. */
    public static final String MDC_KEY = "run";

    private static final int CHANGED_KEPT = 20;

    private final RunHistory history;
    private final Path reportsFolder;
    private final List<UnsettledRow> uncertain = Collections.synchronizedList(new ArrayList<>());
    private final List<PreparedRow> waiting = Collections.synchronizedList(new ArrayList<>());
    private final List<RowOutcome> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<RowOutcome> changed = new ArrayList<>();
    private volatile long runId = -1;
    private volatile Instant startedAt;
    private volatile long resumedAfterRows;
    private volatile String stopReason;
    private volatile boolean sourceUnreadable;
    private volatile RunReport report;
    private RunCounts counts = RunCounts.NONE;

    /**
     * @param reportsFolder where each run's report folder {@code run-<id>} goes
     */
    public RunTracker(RunHistory history, Path reportsFolder) {
        this.history = history;
        this.reportsFolder = reportsFolder;
    }

    /**
     * Begins a run: its id goes into the logging context and its report folder is created. Called once this process
     * holds the import lock, so whatever an earlier run sent, it sent before now.
     */
    void begin(long id) {
        this.runId = id;
        this.startedAt = Instant.now();
        MDC.put(MDC_KEY, String.valueOf(id));
        report = RunReport.open(reportsFolder, id);
        history.setReportFolder(id, report.folder().toString());
    }

    /** Ends the run in this process: its reports are completed and the logging context cleared. */
    void end() {
        RunReport finished = report;
        if (finished != null) {
            finished.close();
        }
        MDC.remove(MDC_KEY);
    }

    public long runId() {
        if (runId < 0) {
            throw new IllegalStateException("no import run has begun in this process");
        }
        return runId;
    }

    /** When this run began, after any earlier run of the database had ended. */
    Instant startedAt() {
        return startedAt;
    }

    /** Whether a run has begun, so that {@link #runId()} and {@link #counts()} mean something. */
    public boolean hasBegun() {
        return runId >= 0;
    }

    /** Adds to the counts, here and in the run history (which {@code status} reads while the run goes on). */
    synchronized void add(RunCounts delta) {
        counts = counts.plus(delta);
        history.add(runId(), delta);
    }

    public synchronized RunCounts counts() {
        return counts;
    }

    /** Rows of the source behind the run so far: those an earlier, unfinished run read, and those this one did. */
    public long rowsDone() {
        return resumedAfterRows + counts().read();
    }

    /** Records where a resumed run picks up reading: after this many records of the source. */
    void resumedAfter(long rows) {
        resumedAfterRows = rows;
    }

    void sourceOpened(SourceDescription description, SourceHeader header) {
        report.sourceOpened(description.format(), description.sheet(), header.names());
    }

    /** Asks for the run to end at the next chunk boundary, with the reason the operator will read. */
    void stopBecause(String reason) {
        stopReason = reason;
    }

    /**
     * Asks for the run to end at the next chunk boundary because the source cannot be read past the rows read so far;
     * {@code reason} says where and what the operator can do (such as the {@code --encoding} to give).
     */
    void stopBecauseSourceUnreadable(String reason) {
        sourceUnreadable = true;
        stopReason = reason;
    }

    /** Whether the run stopped because its source cannot be read on: running it again unchanged stops there again. */
    public boolean sourceUnreadable() {
        return sourceUnreadable;
    }

    /** Why the run was asked to stop before its end, or {@code null}. */
    public String stopReason() {
        return stopReason;
    }

    void leaveUncertain(PreparedRow row) {
        uncertain.add(new UnsettledRow(row, Instant.now()));
    }

    List<UnsettledRow> takeUncertain() {
        synchronized (uncertain) {
            List<UnsettledRow> rows = List.copyOf(uncertain);
            uncertain.clear();
            return rows;
        }
    }

    /** Keeps an incident for the link step, until its problem row has a ticket. */
    void waitForProblem(PreparedRow row) {
        waiting.add(row);
    }

    List<PreparedRow> takeWaiting() {
        synchronized (waiting) {
            List<PreparedRow> rows = List.copyOf(waiting);
            waiting.clear();
            return rows;
        }
    }

    /** Records a rejected or failed row: into the reports, and kept (without its cells) for the summary. */
    void recordProblem(RowOutcome outcome) {
        reportRow(outcome);
        problems.add(outcome.withoutSource());
    }

    /** Records a row created, updated, changed or skipped: into the reports; the first changed rows kept too. */
    void recordDone(RowOutcome outcome) {
        reportRow(outcome);
        if (outcome.result() == RowOutcome.Result.CHANGED) {
            synchronized (changed) {
                if (changed.size() < CHANGED_KEPT) {
                    changed.add(outcome.withoutSource());
                }
            }
        }
    }

    /** The first {@value #CHANGED_KEPT} rows found changed and not updated; the report lists every one. */
    public List<RowOutcome> changedRows() {
        synchronized (changed) {
            return List.copyOf(changed);
        }
    }

    private void reportRow(RowOutcome outcome) {
        PreparedRow row = outcome.row();
        report.add(new ReportRow(row.rowNumber(), row.key(), outcome.result().name(), outcome.ticketId(),
                outcome.message(), row.source()));
    }

    /** The rows this run rejected or failed, in the order they were met. */
    public List<RowOutcome> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** The folder of this run's reports, or {@code null} before the run began. */
    public Path reportFolder() {
        RunReport current = report;
        return current == null ? null : current.folder();
    }

    /** The failed-rows file of this run, or {@code null} when no row was rejected or failed. */
    public Path failedRowsFile() {
        RunReport current = report;
        return current == null ? null : current.failedRowsFile().orElse(null);
    }
}
