package io.kf5importer.job;

import io.kf5importer.ledger.RunCounts;
import io.kf5importer.ledger.RunHistory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run in progress in this process: its id, its counts, and the rows left uncertain for the settle step.
 * One per application context, which runs one import. Thread-safe.
 */
public class RunTracker {

    private final RunHistory history;
    private final List<PreparedRow> uncertain = Collections.synchronizedList(new ArrayList<>());
    private final List<PreparedRow> waiting = Collections.synchronizedList(new ArrayList<>());
    private final List<RowOutcome> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile long runId = -1;
    private RunCounts counts = RunCounts.NONE;

    public RunTracker(RunHistory history) {
        this.history = history;
    }

    void begin(long id) {
        this.runId = id;
    }

    public long runId() {
        if (runId < 0) {
            throw new IllegalStateException("no import run has begun in this process");
        }
        return runId;
    }

    /** Adds to the counts, here and in the run history (which {@code status} reads while the run goes on). */
    synchronized void add(RunCounts delta) {
        counts = counts.plus(delta);
        history.add(runId(), delta);
    }

    public synchronized RunCounts counts() {
        return counts;
    }

    void leaveUncertain(PreparedRow row) {
        uncertain.add(row);
    }

    List<PreparedRow> takeUncertain() {
        synchronized (uncertain) {
            List<PreparedRow> rows = List.copyOf(uncertain);
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

    void recordProblem(RowOutcome outcome) {
        problems.add(outcome);
    }

    /** The rows this run rejected or failed, in the order they were met. */
    public List<RowOutcome> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }
}
