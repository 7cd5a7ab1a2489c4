package io.kf5importer.schedule;

import java.time.Duration;
import java.time.Instant;

/** Looks at the inbox at once, then every interval after the start of the previous look. */
public final class IntervalSchedule implements Schedule {

    private final Duration interval;

    public IntervalSchedule(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("--every takes a positive duration such as 10m or 1h, got " + interval);
        }
        this.interval = interval;
    }

    @Override
    public Instant first(Instant start) {
        return start;
    }

    @Override
    public Instant next(Instant previous) {
        return previous.plus(interval);
    }

    @Override
    public String toString() {
        return "every " + interval.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }
}
