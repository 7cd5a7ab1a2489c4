package io.kf5importer.schedule;

import org.springframework.scheduling.support.CronExpression;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Looks at the inbox when a cron expression matches, in a time zone. Takes Spring's six fields (second minute hour
 * day month weekday) or crontab's five (minute hour day month weekday, run at second 0), and macros such as
 * {@code @daily}.
 */
public final class CronSchedule implements Schedule {

    private final String text;
    private final CronExpression expression;
    private final ZoneId zone;

    private CronSchedule(String text, CronExpression expression, ZoneId zone) {
        this.text = text;
        this.expression = expression;
        this.zone = zone;
    }

    /**
     * @throws IllegalArgumentException naming the expression and what is expected, when it does not parse
     */
    public static CronSchedule parse(String text, ZoneId zone) {
        String trimmed = text.trim();
        String spring = trimmed.split("\\s+").length == 5 ? "0 " + trimmed : trimmed;
        try {
            return new CronSchedule(trimmed, CronExpression.parse(spring), zone);
        } catch (IllegalArgumentException e) {
            // No cause attached: the command line reports the innermost message, which would be Spring's alone.
            throw new IllegalArgumentException("--cron '" + text + "' is not a cron expression (" + e.getMessage()
                    + "); expected five fields as in crontab, such as '0 2 * * *' for 02:00 every day");
        }
    }

    @Override
    public Instant first(Instant start) {
        return next(start);
    }

    @Override
    public Instant next(Instant previous) {
        ZonedDateTime next = expression.next(previous.atZone(zone));
        if (next == null) {
            throw new IllegalStateException("--cron '" + text + "' never matches again");
        }
        return next.toInstant();
    }

    @Override
    public String toString() {
        return "cron '" + text + "' (" + zone + ")";
    }
}
