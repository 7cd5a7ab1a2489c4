package io.kf5importer.kf5;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTests {

    @Test
    void theCeilingDoublesFromTheBaseUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.5);

        assertThat(backoff.ceilingBefore(1)).isEqualTo(Duration.ofMillis(500).toNanos());
        assertThat(backoff.ceilingBefore(2)).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(backoff.ceilingBefore(4)).isEqualTo(Duration.ofSeconds(4).toNanos());
        assertThat(backoff.ceilingBefore(7)).isEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(backoff.ceilingBefore(80)).isEqualTo(Duration.ofSeconds(30).toNanos());
    }

    @Test
    void eachWaitIsDrawnBetweenZeroAndTheCeiling() {
        Backoff lowest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.0);
        Backoff middle = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.5);
        Backoff highest = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), () -> 0.999);

        assertThat(lowest.nanosBefore(3)).isZero();
        assertThat(middle.nanosBefore(3)).isEqualTo(Duration.ofSeconds(1).toNanos());
        assertThat(highest.nanosBefore(3)).isLessThan(Duration.ofSeconds(2).toNanos());
    }
}
