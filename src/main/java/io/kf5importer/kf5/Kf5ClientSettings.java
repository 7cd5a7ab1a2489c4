package io.kf5importer.kf5;

import java.time.Duration;

/**
 * How the client paces and retries.
 *
 * @param ratePerMinute requests per minute KF5 allows the account, for every request of the run together
 * @param concurrency requests in flight at once
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for an answer once the request is written (also the write timeout)
 * @param maxAttempts attempts for a transient failure, the first included
 * @param headroom share of {@code ratePerMinute} the importer uses; the rest is left to the agents working in KF5
 * @param retryBaseDelay the first backoff between attempts; each further one may be twice as long
 * @param retryMaxDelay the longest backoff between two attempts
 * @param unreachableAfter how long KF5 may keep failing transiently, across every request, before the run stops
 */
public record Kf5ClientSettings(int ratePerMinute, int concurrency, Duration connectTimeout, Duration readTimeout,
        int maxAttempts, double headroom, Duration retryBaseDelay, Duration retryMaxDelay,
        Duration unreachableAfter) {

    /** Leaves a tenth of the rate to the people working in KF5 while the import runs. */
    public static final double DEFAULT_HEADROOM = 0.9;

    public static final Duration DEFAULT_RETRY_BASE_DELAY = Duration.ofMillis(500);

    public static final Duration DEFAULT_RETRY_MAX_DELAY = Duration.ofSeconds(30);

    public static final Duration DEFAULT_UNREACHABLE_AFTER = Duration.ofMinutes(5);

    public Kf5ClientSettings {
        requireAtLeastOne(ratePerMinute, "ratePerMinute");
        requireAtLeastOne(concurrency, "concurrency");
        requireAtLeastOne(maxAttempts, "maxAttempts");
        if (!(headroom > 0 && headroom <= 1)) {
            throw new IllegalArgumentException("headroom must be above 0 and at most 1, was " + headroom);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        requirePositive(retryBaseDelay, "retryBaseDelay");
        requirePositive(retryMaxDelay, "retryMaxDelay");
        requirePositive(unreachableAfter, "unreachableAfter");
    }

    /** The first settings, with the default headroom, backoff and unreachable window. */
    public Kf5ClientSettings(int ratePerMinute, int concurrency, Duration connectTimeout, Duration readTimeout,
            int maxAttempts) {
        this(ratePerMinute, concurrency, connectTimeout, readTimeout, maxAttempts, DEFAULT_HEADROOM,
                DEFAULT_RETRY_BASE_DELAY, DEFAULT_RETRY_MAX_DELAY, DEFAULT_UNREACHABLE_AFTER);
    }

    public static Kf5ClientSettings defaults() {
        return new Kf5ClientSettings(120, 4, Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
    }

    public Kf5ClientSettings withHeadroom(double share) {
        return new Kf5ClientSettings(ratePerMinute, concurrency, connectTimeout, readTimeout, maxAttempts, share,
                retryBaseDelay, retryMaxDelay, unreachableAfter);
    }

    public Kf5ClientSettings withRetryDelays(Duration base, Duration max) {
        return new Kf5ClientSettings(ratePerMinute, concurrency, connectTimeout, readTimeout, maxAttempts, headroom,
                base, max, unreachableAfter);
    }

    public Kf5ClientSettings withUnreachableAfter(Duration window) {
        return new Kf5ClientSettings(ratePerMinute, concurrency, connectTimeout, readTimeout, maxAttempts, headroom,
                retryBaseDelay, retryMaxDelay, window);
    }

    /** The rate the throttle aims at: {@code ratePerMinute × headroom}, at least one request a minute. */
    public int effectiveRatePerMinute() {
        return Math.max(1, (int) Math.floor(ratePerMinute * headroom));
    }

    /**
     * The bound on one whole exchange (connect, write, read). Generous, because an attachment upload may take a
     * while; a slow-but-alive server is caught by the read timeout first.
     */
    public Duration callTimeout() {
        return connectTimeout.plus(readTimeout.multipliedBy(3));
    }

    private static void requireAtLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
