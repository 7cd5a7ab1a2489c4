package io.kf5importer.schedule;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the inbox is looked at. */
class ScheduleTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aCrontabLineOfFiveFieldsLooksAtItsMinuteInItsZone() {
        CronSchedule nightly = CronSchedule.parse("0 2 * * *", SHANGHAI);

        Instant first = nightly.first(at(2024, 3, 1, 23, 15));
        Instant second = nightly.next(first);

        assertThat(first).isEqualTo(at(2024, 3, 2, 2, 0));
        assertThat(second).isEqualTo(at(2024, 3, 3, 2, 0));
    }

    @Test
    void springsSixFieldsAndMacrosWorkToo() {
        assertThat(CronSchedule.parse("30 0 2 * * MON-FRI", SHANGHAI).first(at(2024, 3, 1, 23, 0)))
                .isEqualTo(at(2024, 3, 4, 2, 0).plusSeconds(30));
        assertThat(CronSchedule.parse("@daily", SHANGHAI).first(at(2024, 3, 1, 23, 0)))
                .isEqualTo(at(2024, 3, 2, 0, 0));
    }

    @Test
    void aWrongCronExpressionSaysWhatIsExpected() {
        assertThatThrownBy(() -> CronSchedule.parse("every night", SHANGHAI))
                .hasMessageContaining("--cron 'every night' is not a cron expression")
                .hasMessageContaining("'0 2 * * *'");
    }

    @Test
    void anIntervalLooksAtOnceThenEveryInterval() {
        IntervalSchedule schedule = new IntervalSchedule(Duration.ofMinutes(10));
        Instant start = at(2024, 3, 1, 9, 0);

        assertThat(schedule.first(start)).isEqualTo(start);
        assertThat(schedule.next(start)).isEqualTo(at(2024, 3, 1, 9, 10));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }
}
