package io.kf5importer.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Writes the state file shortly after a change, so that a burst of creates costs one write, and once more on close.
 */
final class StateSaver implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StateSaver.class);
    private static final Duration DELAY = Duration.ofMillis(500);

    private final Path file;
    private final Supplier<StateSnapshot> snapshots;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "kf5-sandbox-state-saver");
        thread.setDaemon(true);
        return thread;
    });

    StateSaver(Path file, Supplier<StateSnapshot> snapshots) {
        this.file = file;
        this.snapshots = snapshots;
        // close() writes once itself, so a write still waiting for its delay is dropped rather than run twice
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Schedules a write unless one is already waiting. Returns at once. */
    void changed() {
        if (pending.compareAndSet(false, true) && !scheduler.isShutdown()) {
            scheduler.schedule(this::saveQuietly, DELAY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the scheduled writes and writes the state one last time. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveQuietly();
    }

    private void saveQuietly() {
        pending.set(false);
        try {
            StateFile.write(file, snapshots.get());
            log.debug("Saved the sandbox state to [{}]", file);
        } catch (IOException e) {
            log.warn("Could not save the sandbox state to [{}], the next change will try again: {}", file,
                    e.getMessage());
        }
    }
}
