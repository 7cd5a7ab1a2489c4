package io.kf5importer.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Waits until a moment: the scheduler's only way to let time pass, so that tests can let it pass at once. */
public interface Pause {

    /** Returns at {@code moment} or later; at once if it has passed. */
    void until(Instant moment) throws InterruptedException;

    /** Sleeps on this clock, in slices of at most a minute so that a changed wall clock is noticed. */
    static Pause sleeping(Clock clock) {
        return moment -> {
            for (Duration left = Duration.between(clock.instant(), moment); left.toMillis() > 0;
                    left = Duration.between(clock.instant(), moment)) {
                Thread.sleep(Math.min(left.toMillis(), Duration.ofMinutes(1).toMillis()));
            }
        };
    }
}
