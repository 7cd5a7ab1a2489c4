package io.kf5importer.progress;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What the operator reads while a run goes on. */
class ProgressDisplayTests {

    @Test
    void aSnapshotTellsRowsOfTheTotalRateTimeLeftAnd429s() {
        ProgressSnapshot snapshot = new ProgressSnapshot(7, 1200, 5000L, 1000, Duration.ofSeconds(80), 3);

        assertThat(snapshot.describe())
                .isEqualTo("run 7: 1200 of 5000 rows (24%), 12.5 rows/s, about 5m04s left, 3 × 429");
    }

    @Test
    void withoutATotalItTellsRowsDoneAndTheRateOnly() {
        ProgressSnapshot snapshot = new ProgressSnapshot(7, 1200, null, 1200, Duration.ofSeconds(60), 0);

        assertThat(snapshot.describe()).isEqualTo("run 7: 1200 rows, 20.0 rows/s, 0 × 429");
        assertThat(ProgressBar.render(snapshot)).isEqualTo("run 7: 1200 rows, 20.0 rows/s, 0 × 429");
    }

    @Test
    void theBarFillsWithTheShareDone() {
        ProgressSnapshot half = new ProgressSnapshot(7, 50, 100L, 50, Duration.ofSeconds(10), 0);

        assertThat(ProgressBar.render(half)).startsWith("[############------------] run 7: 50 of 100 rows (50%)");
    }

    @Test
    void plainLinesComeAtMostOncePerIntervalAndOnceAtTheEnd() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2024-03-01T01:00:00Z"));
        StringWriter out = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(out), clockReading(now), Duration.ofSeconds(10));

        lines.update(snapshot(10));
        now.set(now.get().plusSeconds(11));
        lines.update(snapshot(20));
        now.set(now.get().plusSeconds(5));
        lines.update(snapshot(30));
        lines.finish(snapshot(40));

        assertThat(out.toString().lines()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("progress: "))
                .anySatisfy(line -> assertThat(line).startsWith("progress: run 7: 20 of 40 rows"))
                .anySatisfy(line -> assertThat(line).startsWith("progress: run 7: 40 of 40 rows (100%)"));
    }

    private static ProgressSnapshot snapshot(long rows) {
        return new ProgressSnapshot(7, rows, 40L, rows, Duration.ofSeconds(rows), 0);
    }

    private static Clock clockReading(AtomicReference<Instant> now) {
        return new Clock() {
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
    }
}
