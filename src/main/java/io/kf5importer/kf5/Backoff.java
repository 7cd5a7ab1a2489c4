package io.kf5importer.kf5;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} (1 for the first), a wait drawn evenly between zero
 * and {@code min(max, base × 2^(n-1))}. The jitter keeps several writer threads that failed together from coming back
 * together.
 */
final class Backoff {

    private final long baseNanos;

    private final long maxNanos;

    private final DoubleSupplier random;

    /** @param random draws in {@code [0, 1)} */
    Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.baseNanos = base.toNanos();
        this.maxNanos = max.toNanos();
        this.random = random;
    }

    /** The wait before retry {@code retry} (1 for the first retry). */
    long nanosBefore(int retry) {
        return (long) (random.getAsDouble() * ceilingBefore(retry));
    }

    /** The longest wait retry {@code retry} may get. */
    long ceilingBefore(int retry) {
        int doublings = Math.min(Math.max(0, retry - 1), 62);
        long ceiling = baseNanos << doublings;
        boolean overflowed = ceiling >>> doublings != baseNanos || ceiling < 0;
        return overflowed ? maxNanos : Math.min(maxNanos, ceiling);
    }
}
