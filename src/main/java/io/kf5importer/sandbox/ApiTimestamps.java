package io.kf5importer.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** KF5's naive timestamps, {@code yyyy-MM-dd HH:mm:ss}, and dates, {@code yyyy-MM-dd}. */
final class ApiTimestamps {

    static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private ApiTimestamps() {
    }

    static String format(LocalDateTime time) {
        return time == null ? null : DATE_TIME.format(time);
    }

    static Optional<LocalDateTime> parseDateTime(String text) {
        try {
            return Optional.of(LocalDateTime.parse(text, DATE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isDate(String text) {
        try {
            LocalDate.parse(text, DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A list filter bound: {@code yyyy-MM-dd HH:mm:ss}, or unix seconds read in {@code zone}. */
    static Optional<LocalDateTime> parseBound(String text, ZoneId zone) {
        if (text.matches("\\d{1,12}")) {
            return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), zone));
        }
        return parseDateTime(text);
    }
}
