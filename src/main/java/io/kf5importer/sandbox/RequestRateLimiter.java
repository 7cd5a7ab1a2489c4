package io.kf5importer.sandbox;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Allows a number of requests per minute, all endpoints together, refilled in full every minute (a fixed window that
 * starts with the first request). A request over the limit is answered 429 with the seconds until the refill in
 * {@code Retry-After}.
 */
final class RequestRateLimiter {

    private final Bucket bucket;
    private final int ratePerMinute;

    private RequestRateLimiter(int ratePerMinute) {
        this.ratePerMinute = ratePerMinute;
        this.bucket = ratePerMinute == 0 ? null : Bucket.builder()
                .addLimit(limit -> limit.capacity(ratePerMinute).refillIntervally(ratePerMinute, Duration.ofMinutes(1)))
                .build();
    }

    /** @param ratePerMinute 0 for no limit */
    static RequestRateLimiter perMinute(int ratePerMinute) {
        return new RequestRateLimiter(ratePerMinute);
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
