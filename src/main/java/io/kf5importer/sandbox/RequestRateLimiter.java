package io.kf5importer.sandbox;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Allows a number of requests per minute, all endpoints together, counted over fixed windows (a minute by default)
 * that start with the first request: each window allows its share of the rate and is refilled in full when it ends.
 * A request over the limit is answered 429 with the seconds until the refill in {@code Retry-After}.
 */
final class RequestRateLimiter {

    private final Bucket bucket;
    private final int ratePerMinute;

    private RequestRateLimiter(int ratePerMinute, Duration window) {
        this.ratePerMinute = ratePerMinute;
        long perWindow = Math.max(1, Math.round(ratePerMinute * (double) window.toNanos()
                / TimeUnit.MINUTES.toNanos(1)));
        this.bucket = ratePerMinute == 0 ? null : Bucket.builder()
                .addLimit(limit -> limit.capacity(perWindow).refillIntervally(perWindow, window))
                .build();
    }

    /**
     * @param ratePerMinute 0 for no limit
     * @param window the fixed window the rate is counted over
     */
    static RequestRateLimiter perMinute(int ratePerMinute, Duration window) {
        return new RequestRateLimiter(ratePerMinute, window);
    }

    void admit() {
        if (bucket == null) {
            return;
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1)
                    / TimeUnit.SECONDS.toNanos(1));
            throw ApiError.tooManyRequests(seconds, "more than " + ratePerMinute
                    + " requests in a minute; retry after " + seconds + " s");
        }
    }
}
