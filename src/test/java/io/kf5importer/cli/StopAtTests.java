package io.kf5importer.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --stop-at} ends a run at a chunk boundary as STOPPED (exit code 3); the next run continues it. */
class StopAtTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int ROWS = 30;

    @TempDir
    Path folder;

    ImportTarget target;

    @BeforeEach
    void start() throws IOException {
        target = ImportTarget.start(folder);
    }

    @AfterEach
    void stop() {
        target.close();
    }

    @Test
    void aRunReachingItsStopTimeStopsAtAChunkBoundaryAndTheNextRunFinishesIt() throws IOException {
        Path export = TicketSources.csv(folder.resolve("export.csv"), rows(ROWS));
        Clock clock = new SwitchingClock(at("05:00"), at("06:30"), () -> target.sandbox.state().ticketCount() >= 10);

        CommandRun stopped = CommandRun.kf5ImportAt(clock, moment -> { }, target.importArgs(export,
                "--stop-at", "06:00", "--chunk-size", "5", "--concurrency", "1"));
        int ticketsWhenStopped = target.sandbox.state().ticketCount();
        CommandRun resumed = CommandRun.kf5Import(target.importArgs(export, "--chunk-size", "5"));

        assertThat(stopped.exitCode()).as(stopped.out() + stopped.err()).isEqualTo(ExitCode.STOPPED);
        assertThat(stopped.out()).contains("stopped importing", "stopped at", "06:00", "--stop-at",
                "Run the same command again to resume");
        assertThat(ticketsWhenStopped).as("the chunk that reached the time is finished, no more").isEqualTo(10);
        assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out()).contains("(resumed)", "tickets created   20");
        assertThat(target.keys()).doesNotHaveDuplicates().hasSize(ROWS);
        CommandRun status = CommandRun.kf5Import("status", "--db-url", target.database.jdbcUrl(), "--db-user",
                "postgres");
        assertThat(status.out()).contains("STOPPED", "COMPLETED");
    }

    @Test
    void aStopTimeAlreadyPastTodayMeansTomorrow() {
        RunOptions options = new RunOptions();
        options.stopAt = java.time.LocalTime.of(6, 0);

        Instant early = options.stopAt(Clock.fixed(at("05:00"), SHANGHAI));
        Instant late = options.stopAt(Clock.fixed(at("06:30"), SHANGHAI));

        assertThat(early).isEqualTo(at("06:00"));
        assertThat(late).isEqualTo(at("06:00").plusSeconds(24 * 3600));
    }

    private static Instant at(String time) {
        return ZonedDateTime.of(2024, 3, 1, Integer.parseInt(time.substring(0, 2)),
                Integer.parseInt(time.substring(3)), 0, 0, SHANGHAI).toInstant();
    }

    private static List<List<String>> rows(int count) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(TicketSources.row("S-" + i, "工单 " + i));
        }
        return rows;
    }

    /** Reads one time until a condition holds, then another: the night passes when the test says so. */
    private static final class SwitchingClock extends Clock {

        private final Instant before;
        private final Instant after;
        private final BooleanSupplier switched;

        SwitchingClock(Instant before, Instant after, BooleanSupplier switched) {
            this.before = before;
            this.after = after;
            this.switched = switched;
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock stays in " + SHANGHAI);
        }

        @Override
        public Instant instant() {
            return switched.getAsBoolean() ? after : before;
        }
    }
}
