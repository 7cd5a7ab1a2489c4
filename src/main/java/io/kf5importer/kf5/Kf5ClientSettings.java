package io.kf5importer.kf5;

import java.time.Duration;

/**
 * How the client paces and retries.
 *
 * @param ratePerMinute requests per minute for every request of the run together
 * @param concurrency requests in flight at once
 * @param connectTimeout time allowed to open a connection
 * @param readTimeout time allowed for an answer once the request is written
 * @param maxAttempts attempts for a transient failure, the first included
 */
public record Kf5ClientSettings(int ratePerMinute, int concurrency, Duration connectTimeout, Duration readTimeout,
        int maxAttempts) {

    public static Kf5ClientSettings defaults() {
        return new Kf5ClientSettings(120, 4, Duration.ofSeconds(10), Duration.ofSeconds(60), 5);
    }
}
