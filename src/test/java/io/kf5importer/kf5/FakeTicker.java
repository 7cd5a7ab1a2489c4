package io.kf5importer.kf5;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves only when someone waits on it or a test moves it: pacing is checked without sleeping. */
final class FakeTicker implements Ticker {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private final long start = now.get();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(long nanos) {
        if (nanos > 0) {
            now.addAndGet(nanos);
        }
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    Duration elapsed() {
        return Duration.ofNanos(now.get() - start);
    }
}
