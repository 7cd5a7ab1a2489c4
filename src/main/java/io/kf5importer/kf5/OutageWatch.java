package io.kf5importer.kf5;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Notices when KF5 has failed transiently for too long across the whole client: the clock starts at the first
 * transient failure after an answer and stops at the next answer that is not transient. Thread-safe.
 */
final class OutageWatch {

    private static final long NONE = Long.MIN_VALUE;

    private final Ticker ticker;

    private final long windowNanos;

    private final AtomicLong failingSince = new AtomicLong(NONE);

    OutageWatch(Ticker ticker, long windowNanos) {
        this.ticker = ticker;
        this.windowNanos = windowNanos;
    }

    /** KF5 answered properly: any outage is over. */
    void answered() {
        failingSince.set(NONE);
    }

    /**
     * A transient failure: returns how long KF5 has been failing, in nanoseconds, if that is longer than the window;
     * otherwise zero.
     */
    long failedFor() {
        long now = ticker.nanoTime();
        long since = failingSince.updateAndGet(start -> start == NONE ? now : start);
        long failing = now - since;
        return failing >= windowNanos ? failing : 0;
    }
}
