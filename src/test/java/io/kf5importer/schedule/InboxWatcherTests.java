package io.kf5importer.schedule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher's loop: it looks on its schedule until stopped, on a clock the test moves. */
class InboxWatcherTests {

    @TempDir
    Path inbox;

    @Test
    void itLooksOnTheScheduleUntilStopped() throws Exception {
        Instant start = Instant.parse("2024-03-01T01:00:00Z");
        AtomicReference<Instant> now = new AtomicReference<>(start);
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        List<Instant> looks = new ArrayList<>();
        InboxWatcher[] watcher = new InboxWatcher[1];
        Pause pause = moment -> {
            now.set(moment);
            looks.add(moment);
            if (looks.size() == 3) {
                watcher[0].stop();
            }
        };
        watcher[0] = new InboxWatcher(new Inbox(inbox), Duration.ofSeconds(30), clock, pause,
                file -> {
                    throw new AssertionError("the inbox is empty");
                }, null);

        watcher[0].run(new IntervalSchedule(Duration.ofMinutes(10)));

        assertThat(looks).containsExactly(start, start.plus(Duration.ofMinutes(10)),
                start.plus(Duration.ofMinutes(20)));
    }
}
