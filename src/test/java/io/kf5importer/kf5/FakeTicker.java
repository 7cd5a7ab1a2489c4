package io.kf5importer.kf5;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves only when someone waits on it or a test moves it: pacing is checked without sleeping. */
final class FakeTicker implements Ticker {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private final long start = now.get();

    private final AtomicReference<Runnable> duringNextWait = new AtomicReference<>();

    @Override
    public long nanoTime() {
        return now.get();
    }

    @Override
    public void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        Runnable during = duringNextWait.getAndSet(null);
        if (during != null) {
            during.run();
        }
        now.addAndGet(nanos);
    }

    /** Runs {@code action} when someone next waits, before the clock moves: what another thread does meanwhile. */
    void duringNextWait(Runnable action) {
        duringNextWait.set(action);
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    Duration elapsed() {
        return Duration.ofNanos(now.get() - start);
    }
}
