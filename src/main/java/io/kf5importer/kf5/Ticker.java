package io.kf5importer.kf5;

import java.util.concurrent.TimeUnit;

/**
 * The client's sense of time: a monotonic clock and a way to wait on it. Tests swap in a clock that moves only when
 * someone waits, so pacing and backoff are checked without real sleeps.
 */
interface Ticker {

    Ticker SYSTEM = new Ticker() {

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
            TimeUnit.NANOSECONDS.sleep(nanos);
        }
    };

    long nanoTime();

    /** Waits this long; returns at once for zero or less. */
    void sleep(long nanos) throws InterruptedException;
}
