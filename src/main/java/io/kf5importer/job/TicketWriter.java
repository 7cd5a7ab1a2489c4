package io.kf5importer.job;

import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.ledger.RunCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends a chunk's rows with a few requests in flight at once (the client's throttle paces them and bounds them to its
 * concurrency). Rows with the same key are sent one after the other, so that the ledger sees the first before the
 * second.
 *
 * <p>The chunk's rows new to the ledger are written ahead together before any is sent, and their ticket ids recorded
 * together once all are done ({@link TicketSender#claimChunk}); rows sharing a key, and keys the ledger knows, are
 * written ahead one by one.
 *
 * <p>It sends from {@value #THREADS_PER_REQUEST} threads per request in flight, so that the next request is ready (its
 * ledger checks, its body, the last answer read and reported) while the others wait for KF5: against a local KF5
 * one thread per request measured a fifth fewer tickets a second.
 *
 * <p>Never throws for a row: every outcome is recorded. Only a failure that every row would share
 * ({@link Kf5FatalException}), or an unexpected one such as the ledger's database going away, ends the chunk, after
 * the rows in flight are done, and with it the run. When the operator asks to stop, rows not yet started are left
 * alone and the chunk ends with a {@link JobInterruptedException} once the rows in flight are done: the chunk is
 * rolled back, so a restart reads it again, and the ledger skips the rows it already sent.
 */
public class TicketWriter implements ItemWriter<PreparedRow>, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TicketWriter.class);

    static final int THREADS_PER_REQUEST = 2;

    private final TicketSender sender;
    private final RunTracker run;
    private final StopRequest stop;
    private final ExecutorService workers;

    /** @param concurrency the requests the client keeps in flight at most */
    public TicketWriter(TicketSender sender, RunTracker run, StopRequest stop, int concurrency) {
        this.sender = sender;
        this.run = run;
        this.stop = stop;
        this.workers = Executors.newFixedThreadPool(THREADS_PER_REQUEST * concurrency, runnable -> {
            Thread thread = new Thread(runnable, "ticket-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void write(Chunk<? extends PreparedRow> chunk) throws Exception {
        Map<String, List<PreparedRow>> byKey = byKey(chunk.getItems());
        List<PreparedRow> keyOnce = byKey.values().stream().filter(rows -> rows.size() == 1).map(rows -> rows.get(0))
                .toList();
        try (ChunkClaim claim = sender.claimChunk(keyOnce, run.runId())) {
            writeClaimed(chunk, byKey, claim);
        }
    }

    private void writeClaimed(Chunk<? extends PreparedRow> chunk, Map<String, List<PreparedRow>> byKey,
            ChunkClaim claim) throws Exception {
        List<Future<List<RowOutcome>>> sending = new ArrayList<>();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        AtomicBoolean abandoned = new AtomicBoolean();
        for (List<PreparedRow> sameKey : byKey.values()) {
            sending.add(workers.submit(() -> sendInTurn(sameKey, claim, abandoned, logContext)));
        }
        Kf5FatalException fatal = null;
        ExecutionException unexpected = null;
        RunCounts counts = RunCounts.NONE;
        int done = 0;
        for (Future<List<RowOutcome>> future : sending) {
            try {
                for (RowOutcome outcome : future.get()) {
                    counts = counts.plus(count(outcome));
                    report(outcome);
                    done++;
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Kf5FatalException cause) {
                    fatal = cause;
                } else if (unexpected == null) {
                    unexpected = e;
                }
            }
        }
        run.add(counts);
        if (fatal != null) {
            throw fatal;
        }
        if (unexpected != null) {
            throw unexpected;
        }
        if (done < chunk.size()) {
            throw new JobInterruptedException("stopped on request after " + done + " of the chunk's " + chunk.size()
                    + " rows; the rest are sent when the import is run again");
        }
    }

    /**
     * Sends rows of one key in turn, on a worker thread that logs with the run's logging context. Once a row stands
     * for the key (not rejected, not failed), the later ones are rejected as duplicates. Once a stop is asked for, or
     * another row of the chunk met a failure every row shares, the rows not started are left for the restart.
     */
    private List<RowOutcome> sendInTurn(List<PreparedRow> rows, ChunkClaim claim,
            AtomicBoolean abandoned, Map<String, String> logContext) {
        if (logContext != null) {
            MDC.setContextMap(logContext);
        }
        try {
            List<RowOutcome> outcomes = new ArrayList<>();
            RowOutcome keyTaken = null;
            for (PreparedRow row : rows) {
                if (stop.requested() || abandoned.get()) {
                    break;
                }
                RowOutcome outcome = keyTaken != null ? sender.duplicateOf(row, keyTaken) : send(row, claim, abandoned);
                if (keyTaken == null && takesKey(outcome)) {
                    keyTaken = outcome;
                }
                outcomes.add(outcome);
            }
            return outcomes;
        } finally {
            MDC.clear();
        }
    }

    /** Sends a row; a failure every row would share leaves the chunk's rows not started alone. */
    private static RowOutcome send(PreparedRow row, ChunkClaim claim, AtomicBoolean abandoned) {
        try {
            return claim.send(row);
        } catch (Kf5FatalException e) {
            abandoned.set(true);
            throw e;
        }
    }

    /** Whether the row now stands for its key in this run: a later row with the key is a duplicate. */
    private static boolean takesKey(RowOutcome outcome) {
        return outcome.result() != RowOutcome.Result.REJECTED && outcome.result() != RowOutcome.Result.FAILED;
    }

    private static Map<String, List<PreparedRow>> byKey(List<? extends PreparedRow> rows) {
        Map<String, List<PreparedRow>> groups = new LinkedHashMap<>();
        for (PreparedRow row : rows) {
            groups.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private void report(RowOutcome outcome) {
        PreparedRow row = outcome.row();
        switch (outcome.result()) {
            case REJECTED -> log.warn("Row {} of {} rejected: {}", row.rowNumber(), row.sourceFile(),
                    outcome.message());
            case FAILED -> log.warn("Row {} of {} failed: {}", row.rowNumber(), row.sourceFile(), outcome.message());
            case UNCERTAIN -> {
                // Not a failure yet: the settle step decides, and warns once if the row does fail.
                log.info("Row {} of {}: {}", row.rowNumber(), row.sourceFile(), outcome.message());
                run.leaveUncertain(row);
            }
            case UPDATED -> log.info("Row {} of {} changed since its import: ticket {} updated", row.rowNumber(),
                    row.sourceFile(), outcome.ticketId());
            case CHANGED -> log.info("Row {} of {} {}", row.rowNumber(), row.sourceFile(), outcome.message());
            case CREATED -> log.debug("Row {} of {} created ticket {}", row.rowNumber(), row.sourceFile(),
                    outcome.ticketId());
            case SKIPPED -> log.debug("Row {} of {} already imported as ticket {}", row.rowNumber(),
                    row.sourceFile(), outcome.ticketId());
        }
        if (outcome.result() == RowOutcome.Result.REJECTED || outcome.result() == RowOutcome.Result.FAILED) {
            run.recordProblem(outcome);
        } else if (outcome.result() != RowOutcome.Result.UNCERTAIN) {
            run.recordDone(outcome);
        }
    }

    private static RunCounts count(RowOutcome outcome) {
        return switch (outcome.result()) {
            case CREATED -> new RunCounts(1, 1, 0, 0, 0);
            case SKIPPED -> new RunCounts(1, 0, 1, 0, 0);
            case UPDATED -> new RunCounts(1, 0, 0, 0, 0, 1, 0);
            case CHANGED -> new RunCounts(1, 0, 0, 0, 0, 0, 1);
            case REJECTED -> new RunCounts(1, 0, 0, 1, 0);
            case FAILED -> new RunCounts(1, 0, 0, 0, 1);
            case UNCERTAIN -> new RunCounts(1, 0, 0, 0, 0);
        };
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
