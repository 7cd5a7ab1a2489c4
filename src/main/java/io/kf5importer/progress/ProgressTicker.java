package io.kf5importer.progress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Feeds a {@link ProgressDisplay} a snapshot every second while a run goes on, from a daemon thread of its own, and
 * the last one when closed.
 */
public final class ProgressTicker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressTicker.class);
    private static final Duration TICK = Duration.ofSeconds(1);

    private final ProgressDisplay display;
    private final Supplier<Optional<ProgressSnapshot>> snapshots;
    private final ScheduledExecutorService ticks;

    private ProgressTicker(ProgressDisplay display, Supplier<Optional<ProgressSnapshot>> snapshots) {
        this.display = display;
        this.snapshots = snapshots;
        this.ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param snapshots the run's progress now, or empty before the run has begun
     */
    public static ProgressTicker start(ProgressDisplay display, Supplier<Optional<ProgressSnapshot>> snapshots) {
        ProgressTicker ticker = new ProgressTicker(display, snapshots);
        ticker.ticks.scheduleAtFixedRate(ticker::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return ticker;
    }

    private void tick() {
        try {
            snapshots.get().ifPresent(display::update);
        } catch (RuntimeException e) {
            // A progress display must never disturb the run; the next tick tries again.
            log.debug("Could not show the progress: {}", e.getMessage());
        }
    }

    /** Stops the ticks and shows the last snapshot. */
    @Override
    public void close() {
        ticks.shutdownNow();
        try {
            ticks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        snapshots.get().ifPresent(display::finish);
    }
}
