package io.kf5importer.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** How a run behaves and what it leaves behind: shared by {@code import} and {@code watch}. */
final class RunOptions {

    @Option(names = "--stop-at", paramLabel = "HH:mm",
            description = "End the run cleanly at this time of day (the next time it comes), after the chunk in"
                    + " flight, with exit code 3; the same command run later continues it.")
    LocalTime stopAt;

    @Option(names = "--update-changed",
            description = "Update the tickets of rows that changed since they were imported (PUT; the first comment"
                    + " and the requester are not changed). Without it, changed rows are only listed.")
    boolean updateChanged;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Folder of the run reports (run-<id>/results.csv, failed-rows.*); default <home>/reports.")
    Path reports;

    @Option(names = "--progress", paramLabel = "auto|bar|lines|none", defaultValue = "auto",
            description = "Progress on standard error: a bar in a terminal, a line every 10 s otherwise (auto);"
                    + " default ${DEFAULT-VALUE}.")
    String progress;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "${env:KF5_IMPORT_LOG_FORMAT:-text}",
            description = "Log lines on standard error as text or as JSON lines (Elastic Common Schema), or env"
                    + " KF5_IMPORT_LOG_FORMAT; default ${DEFAULT-VALUE}.")
    String logFormat;

    /** The moment {@code --stop-at} names: its next occurrence after now, or {@code null} without it. */
    Instant stopAt(Clock clock) {
        if (stopAt == null) {
            return null;
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime today = now.with(stopAt);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }

    ProgressChoice progressChoice() {
        return choice(ProgressChoice.class, progress, "--progress");
    }

    LogFormat logFormat() {
        return choice(LogFormat.class, logFormat, "--log-format");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " takes one of " + java.util.Arrays.toString(
                    type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT) + ", got '" + value + "'");
        }
    }
}
