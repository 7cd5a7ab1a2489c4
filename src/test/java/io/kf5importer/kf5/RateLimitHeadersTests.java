package io.kf5importer.kf5;

import okhttp3.Headers;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitHeadersTests {

    private static final Instant NOW = Instant.parse("2024-05-01T08:00:00Z");

    private final RateLimitHeaders headers = new RateLimitHeaders(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void retryAfterIsReadInSeconds() {
        assertThat(headers.retryAfter(Headers.of("Retry-After", "120"))).contains(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterIsReadAsAnHttpDate() {
        Headers answer = Headers.of("Retry-After", "Wed, 01 May 2024 08:01:30 GMT");

        assertThat(headers.retryAfter(answer)).contains(Duration.ofSeconds(90));
    }

    @Test
    void aRetryAfterDateAlreadyPastMeansNoWait() {
        Headers answer = Headers.of("Retry-After", "Wed, 01 May 2024 07:00:00 GMT");

        assertThat(headers.retryAfter(answer)).contains(Duration.ZERO);
    }

    @Test
    void anUnreadableOrMissingRetryAfterIsIgnored() {
        assertThat(headers.retryAfter(Headers.of("Retry-After", "soon"))).isEmpty();
        assertThat(headers.retryAfter(Headers.of())).isEmpty();
    }

    @Test
    void anExhaustedRateLimitWaitsUntilItsReset() {
        Headers inSeconds = Headers.of("X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "42");
        Headers atEpochSecond = Headers.of("X-RateLimit-Remaining", "0",
                "X-RateLimit-Reset", Long.toString(NOW.getEpochSecond() + 30));

        assertThat(headers.exhaustedUntilReset(inSeconds)).contains(Duration.ofSeconds(42));
        assertThat(headers.exhaustedUntilReset(atEpochSecond)).contains(Duration.ofSeconds(30));
    }

    @Test
    void aRateLimitWithRequestsLeftDoesNotWait() {
        Headers answer = Headers.of("X-RateLimit-Remaining", "3", "X-RateLimit-Reset", "42");

        assertThat(headers.exhaustedUntilReset(answer)).isEmpty();
    }
}
