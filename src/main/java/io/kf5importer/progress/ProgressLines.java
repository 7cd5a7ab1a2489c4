package io.kf5importer.progress;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A plain line per interval, for output that is not a terminal (a log file, a CI console, journald):
 * {@code progress: 1200 of 5000 rows (24%), 12.5 rows/s, about 6m16s left, 0 × 429}. A line is written when the
 * interval has passed since the last one and rows moved, and once at the end.
 */
public final class ProgressLines implements ProgressDisplay {

    private final Consumer<String> out;
    private final Clock clock;
    private final Duration interval;
    private Instant lastLine;
    private long rowsAtLastLine = -1;

    public ProgressLines(PrintWriter out, Clock clock, Duration interval) {
        this(line -> {
            out.println(line);
            out.flush();
        }, clock, interval);
    }

    /**
     * @param out where each line goes, such as a logger when the logs are JSON lines that a plain line would break
     */
    public ProgressLines(Consumer<String> out, Clock clock, Duration interval) {
        this.out = out;
        this.clock = clock;
        this.interval = interval;
        this.lastLine = clock.instant();
    }

    @Override
    public void update(ProgressSnapshot snapshot) {
        Instant now = clock.instant();
        if (now.isBefore(lastLine.plus(interval)) || snapshot.rowsDone() == rowsAtLastLine) {
            return;
        }
        write(snapshot);
        lastLine = now;
    }

    @Override
    public void finish(ProgressSnapshot snapshot) {
        write(snapshot);
    }

    private void write(ProgressSnapshot snapshot) {
        out.accept("progress: " + snapshot.describe());
        rowsAtLastLine = snapshot.rowsDone();
    }
}
