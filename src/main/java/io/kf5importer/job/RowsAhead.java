package io.kf5importer.job;

import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceRecord;
import org.slf4j.MDC;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads and prepares (maps, serializes) the source's rows on a thread of its own, a bounded number ahead of the step:
 * while a chunk's rows are being sent, the next chunk is made ready, instead of every request waiting at each chunk's
 * start for its rows to be read and mapped. Rows come out in source order; a failure of the reader comes out where it
 * happened. One consumer; {@link #stop} before closing the source.
 */
final class RowsAhead {

    private static final Object END = new Object();

    private static final long OFFER_MILLIS = 100;

    private static final long STOP_MILLIS = 5_000;

    private final BlockingQueue<Object> rows;
    private final SourceReader source;
    private final Function<SourceRecord, PreparedRow> prepare;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    private RowsAhead(SourceReader source, Function<SourceRecord, PreparedRow> prepare, int ahead) {
        this.rows = new ArrayBlockingQueue<>(ahead);
        this.source = source;
        this.prepare = prepare;
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        this.thread = new Thread(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            readAhead();
        }, "rows-ahead");
        thread.setDaemon(true);
    }

    /** Starts reading {@code source} from where it stands, at most {@code ahead} rows ahead of {@link #next}. */
    static RowsAhead start(SourceReader source, Function<SourceRecord, PreparedRow> prepare, int ahead) {
        RowsAhead rowsAhead = new RowsAhead(source, prepare, ahead);
        rowsAhead.thread.start();
        return rowsAhead;
    }

    /**
     * The next row, or {@code null} at the end of the source.
     *
     * @throws RuntimeException what the reader or the mapping threw at this point of the source
     */
    PreparedRow next() throws InterruptedException {
        if (ended) {
            return null;
        }
        Object row = rows.take();
        if (row == END) {
            ended = true;
            return null;
        }
        if (row instanceof Failure failure) {
            ended = true;
            failure.rethrow();
        }
        return (PreparedRow) row;
    }

    /**
     * Stops reading ahead and waits for the thread to leave the source alone, a few seconds at most: a row being mapped
     * may wait on KF5 (a user looked up), and a stop must not wait for KF5. A thread still busy then finds its source
     * closed under it, and what it read is dropped.
     */
    void stop() throws InterruptedException {
        stopped = true;
        thread.join(STOP_MILLIS);
    }

    private void readAhead() {
        try {
            SourceRecord record;
            while ((record = source.read()) != null) {
                PreparedRow row = prepare.apply(record);
                if (!row.mapped().isRejected()) {
                    row.ticketJson().sha256();
                }
                if (!offer(row)) {
                    return;
                }
            }
            offer(END);
        } catch (RuntimeException | Error e) {
            offer(new Failure(e));
        }
    }

    /** Waits for room in the queue; false when stopped meanwhile. */
    private boolean offer(Object row) {
        try {
            while (!rows.offer(row, OFFER_MILLIS, TimeUnit.MILLISECONDS)) {
                if (stopped) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private record Failure(Throwable thrown) {

        void rethrow() {
            if (thrown instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) thrown;
        }
    }
}
