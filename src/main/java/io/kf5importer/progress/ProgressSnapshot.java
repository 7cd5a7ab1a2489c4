package io.kf5importer.progress;

import java.time.Duration;
import java.util.Locale;

/**
 * A run's progress at one moment.
 *
 * @param runId the run
 * @param rowsDone rows of the source behind the run, those an earlier unfinished run did included
 * @param totalRows rows in the source, or {@code null} while unknown (still counting, or too big to count)
 * @param rowsThisRun rows this run did, for the rate
 * @param elapsed how long this run has gone on
 * @param tooManyRequests 429 answers KF5 gave so far
 */
public record ProgressSnapshot(long runId, long rowsDone, Long totalRows, long rowsThisRun, Duration elapsed,
        long tooManyRequests) {

    /** Rows per second over this run so far. */
    public double rowsPerSecond() {
        double seconds = elapsed.toMillis() / 1000.0;
        return seconds <= 0 ? 0 : rowsThisRun / seconds;
    }

    /** The time left at the present rate, or {@code null} when the total or the rate is unknown. */
    public Duration timeLeft() {
        double rate = rowsPerSecond();
        if (totalRows == null || rate <= 0) {
            return null;
        }
        long left = Math.max(0, totalRows - rowsDone);
        return Duration.ofSeconds(Math.round(left / rate));
    }

    /** Done out of the total, from 0 to 1, or {@code null} when the total is unknown. */
    public Double fraction() {
        if (totalRows == null || totalRows == 0) {
            return null;
        }
        return Math.min(1.0, (double) rowsDone / totalRows);
    }

    /** For example {@code run 12: 1200 of 5000 rows (24%), 12.5 rows/s, about 6m16s left, 3 × 429}. */
    public String describe() {
        StringBuilder text = new StringBuilder("run ").append(runId).append(": ");
        text.append(rowsDone);
        if (totalRows != null) {
            text.append(" of ").append(totalRows).append(" rows");
            text.append(String.format(Locale.ROOT, " (%d%%)", Math.round(fraction() == null ? 0 : fraction() * 100)));
        } else {
            text.append(" rows");
        }
        text.append(String.format(Locale.ROOT, ", %.1f rows/s", rowsPerSecond()));
        Duration left = timeLeft();
        if (left != null) {
            text.append(", about ").append(shortDuration(left)).append(" left");
        }
        text.append(", ").append(tooManyRequests).append(" × 429");
        return text.toString();
    }

    private static String shortDuration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            return String.format(Locale.ROOT, "%dh%02dm", hours, minutes);
        }
        return minutes > 0 ? String.format(Locale.ROOT, "%dm%02ds", minutes, seconds) : seconds + "s";
    }
}
