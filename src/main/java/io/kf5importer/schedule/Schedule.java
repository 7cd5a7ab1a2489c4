package io.kf5importer.schedule;

import java.time.Instant;

/** When the inbox is looked at. */
public interface Schedule {

    /** The first look after starting at {@code start}: at once for an interval, the next match for a cron. */
    Instant first(Instant start);

    /** The next look after one that began at {@code previous}. */
    Instant next(Instant previous);
}
