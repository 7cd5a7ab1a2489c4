package io.kf5importer.kf5;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottleTests {

    /** 100 a minute with 10% headroom: 90 a minute, one every 2/3 of a second. */
    private static final Kf5ClientSettings SETTINGS = new Kf5ClientSettings(100, 2, Duration.ofSeconds(1),
            Duration.ofSeconds(1), 3);

    private static final Duration RATE_STEP = Duration.ofMillis(666);

    private final FakeTicker ticker = new FakeTicker();

    private final Throttle throttle = new Throttle(SETTINGS, ticker);

    @Test
    void sendsTheFirstRequestAtOnceAndTheNextOneRateStepLater() throws InterruptedException {
        acquireAndRelease(1);
        Duration first = ticker.elapsed();

        acquireAndRelease(1);

        assertThat(first).isZero();
        assertThat(ticker.elapsed()).isBetween(RATE_STEP, RATE_STEP.plusMillis(1));
    }

    @Test
    void grantsNoMoreThanTheConfiguredRateTimesTheHeadroomInTheFirstMinute() throws InterruptedException {
        acquireAndRelease(90);
        Duration ninetyTook = ticker.elapsed();

        acquireAndRelease(1);

        assertThat(ninetyTook).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60));
        assertThat(ticker.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        assertThat(throttle.statistics().requestsByKind()).containsEntry(RequestKind.LOOKUP, 91L);
    }

    @Test
    void timeWithoutRequestsIsNotSavedUpForABurst() throws InterruptedException {
        acquireAndRelease(1);
        ticker.advance(Duration.ofMinutes(5));
        Duration idleUntil = ticker.elapsed();

        acquireAndRelease(3);

        assertThat(ticker.elapsed().minus(idleUntil)).isBetween(RATE_STEP.multipliedBy(2),
                RATE_STEP.multipliedBy(2).plusMillis(2));
    }

    @Test
    void halvesTheRateOnA429WithoutRetryAfter() throws InterruptedException {
        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            throttle.onTooManyRequests(permit, null);
        }

        assertThat(throttle.ratePerMinute()).isEqualTo(45);
        assertThat(throttle.statistics().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void pacesAtTheLowerRateAfterA429() throws InterruptedException {
        slowDownOnce();
        Duration before = ticker.elapsed();

        acquireAndRelease(30);

        assertThat(ticker.elapsed().minus(before)).isBetween(Duration.ofSeconds(39), Duration.ofSeconds(40));
    }

    @Test
    void a429WithRetryAfterPausesEveryRequestAndKeepsThePace() throws InterruptedException {
        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            throttle.onTooManyRequests(permit, Duration.ofSeconds(7));
        }

        acquireAndRelease(1);

        assertThat(ticker.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(7));
        assertThat(throttle.ratePerMinute()).isEqualTo(90);
        assertThat(throttle.statistics().tooManyRequests()).isEqualTo(1);
    }

    @Test
    void requestsHeldBackByAPauseLeaveOneRateStepApartWhenItEnds() throws InterruptedException {
        acquireAndRelease(1);
        ticker.duringNextWait(() -> throttle.pauseFor(Duration.ofSeconds(30)));

        acquireAndRelease(1);
        Duration firstAfterThePause = ticker.elapsed();
        acquireAndRelease(1);

        assertThat(firstAfterThePause).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(ticker.elapsed().minus(firstAfterThePause)).isBetween(RATE_STEP, RATE_STEP.plusMillis(1));
    }

    @Test
    void a429WithRetryAfterToARequestSentSoonAfterComingBackFromAPauseHalvesTheRate() throws InterruptedException {
        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            throttle.onTooManyRequests(permit, Duration.ofSeconds(5));
        }
        int afterThePause = throttle.ratePerMinute();

        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            ticker.advance(Duration.ofSeconds(50));
            throttle.onTooManyRequests(permit, Duration.ofSeconds(5));
        }

        assertThat(afterThePause).isEqualTo(90);
        assertThat(throttle.ratePerMinute()).isEqualTo(45);
    }

    @Test
    void a429WithRetryAfterAMinuteAfterComingBackFromAPauseOnlyPausesAgain() throws InterruptedException {
        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            throttle.onTooManyRequests(permit, Duration.ofSeconds(5));
        }
        acquireAndRelease(1);
        ticker.advance(Duration.ofMinutes(1));

        try (Throttle.Permit permit = throttle.acquire(RequestKind.TICKET_CREATE)) {
            throttle.onTooManyRequests(permit, Duration.ofSeconds(5));
        }

        assertThat(throttle.ratePerMinute()).isEqualTo(90);
        assertThat(throttle.statistics().tooManyRequests()).isEqualTo(2);
    }

    @Test
    void a429WithRetryAfterToARequestSentBeforeThePauseDoesNotHalve() throws InterruptedException {
        Throttle.Permit first = throttle.acquire(RequestKind.LOOKUP);
        Throttle.Permit second = throttle.acquire(RequestKind.LOOKUP);
        throttle.onTooManyRequests(first, Duration.ofSeconds(5));
        first.close();

        throttle.onTooManyRequests(second, Duration.ofSeconds(5));
        second.close();

        assertThat(throttle.ratePerMinute()).isEqualTo(90);
        assertThat(throttle.statistics().tooManyRequests()).isEqualTo(2);
    }

    @Test
    void doesNotHalveAgainFor429sToRequestsSentBeforeTheSlowDown() throws InterruptedException {
        Throttle.Permit first = throttle.acquire(RequestKind.LOOKUP);
        Throttle.Permit second = throttle.acquire(RequestKind.LOOKUP);
        throttle.onTooManyRequests(first, null);
        first.close();

        throttle.onTooManyRequests(second, null);
        int afterOldRequests = throttle.ratePerMinute();
        second.close();
        slowDownOnce();

        assertThat(afterOldRequests).isEqualTo(45);
        assertThat(throttle.ratePerMinute()).isEqualTo(22);
        assertThat(throttle.statistics().tooManyRequests()).isEqualTo(3);
    }

    @Test
    void neverGoesBelowOneRequestAMinute() throws InterruptedException {
        for (int i = 0; i < 12; i++) {
            try (Throttle.Permit permit = throttle.acquire(RequestKind.LOOKUP)) {
                throttle.onTooManyRequests(permit, null);
            }
        }

        assertThat(throttle.ratePerMinute()).isEqualTo(Throttle.FLOOR_PER_MINUTE);
    }

    @Test
    void recoversATenthOfTheConfiguredRateForEachMinuteWithoutA429() throws InterruptedException {
        slowDownOnce();

        ticker.advance(Duration.ofSeconds(59));
        acquireAndRelease(1);
        int beforeAMinute = throttle.ratePerMinute();
        ticker.advance(Duration.ofSeconds(1));
        acquireAndRelease(1);
        int afterOneMinute = throttle.ratePerMinute();
        ticker.advance(Duration.ofMinutes(2));
        acquireAndRelease(1);
        int afterThreeMinutes = throttle.ratePerMinute();
        ticker.advance(Duration.ofMinutes(10));
        acquireAndRelease(1);

        assertThat(beforeAMinute).isEqualTo(45);
        assertThat(afterOneMinute).isEqualTo(54);
        assertThat(afterThreeMinutes).isEqualTo(72);
        assertThat(throttle.ratePerMinute()).isEqualTo(90);
    }

    @Test
    void boundsTheRequestsInFlightToTheConcurrency() throws InterruptedException {
        Throttle.Permit first = throttle.acquire(RequestKind.LOOKUP);
        Throttle.Permit second = throttle.acquire(RequestKind.ATTACHMENT_UPLOAD);
        int whileBothInFlight = throttle.freeSlots();

        first.close();
        first.close();

        assertThat(whileBothInFlight).isZero();
        assertThat(throttle.freeSlots()).isEqualTo(1);
        second.close();
    }

    @Test
    void countsRetries() {
        throttle.recordRetry();
        throttle.recordRetry();

        assertThat(throttle.statistics().retries()).isEqualTo(2);
        assertThat(throttle.statistics().configuredRatePerMinute()).isEqualTo(90);
    }

    private void slowDownOnce() throws InterruptedException {
        try (Throttle.Permit permit = throttle.acquire(RequestKind.LOOKUP)) {
            throttle.onTooManyRequests(permit, null);
        }
    }

    private void acquireAndRelease(int requests) throws InterruptedException {
        for (int i = 0; i < requests; i++) {
            throttle.acquire(RequestKind.LOOKUP).close();
        }
    }
}
