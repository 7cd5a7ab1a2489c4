package io.kf5importer.kf5;

import okhttp3.Headers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads when KF5 wants the client back: {@code Retry-After} (seconds or an HTTP date) and, should KF5 ever send
 * them, {@code X-RateLimit-Remaining} with {@code X-RateLimit-Reset}. KF5 documents none of these; they are read
 * because ignoring them when present would be rude, and an unreadable value is ignored rather than trusted.
 */
final class RateLimitHeaders {

    /** Above this, {@code X-RateLimit-Reset} is read as epoch seconds rather than seconds from now. */
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    private final Clock clock;

    RateLimitHeaders(Clock clock) {
        this.clock = clock;
    }

    /** The wait {@code Retry-After} asks for; zero for a date already past; empty when absent or unreadable. */
    Optional<Duration> retryAfter(Headers headers) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return parseSeconds(value.trim()).or(() -> parseHttpDate(value.trim()));
    }

    /** The wait until the rate limit resets, when KF5 says none is left; empty otherwise. */
    Optional<Duration> exhaustedUntilReset(Headers headers) {
        Optional<Long> remaining = parseLong(headers.get("X-RateLimit-Remaining"));
        Optional<Long> reset = parseLong(headers.get("X-RateLimit-Reset"));
        if (remaining.isEmpty() || remaining.get() > 0 || reset.isEmpty()) {
            return Optional.empty();
        }
        long value = reset.get();
        if (value >= EPOCH_SECONDS_THRESHOLD) {
            return Optional.of(nonNegative(Duration.between(clock.instant(), Instant.ofEpochSecond(value))));
        }
        return Optional.of(Duration.ofSeconds(Math.max(0, value)));
    }

    private Optional<Duration> parseSeconds(String value) {
        return parseLong(value).map(seconds -> Duration.ofSeconds(Math.max(0, seconds)));
    }

    private Optional<Duration> parseHttpDate(String value) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(nonNegative(Duration.between(clock.instant(), at.toInstant())));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parseLong(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
