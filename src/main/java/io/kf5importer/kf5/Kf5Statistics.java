package io.kf5importer.kf5;

import java.util.Map;

/**
 * What the client has done so far, for progress lines and the closing report.
 *
 * @param ratePerMinute the rate the throttle paces at now (lowered after a 429, recovering afterwards)
 * @param configuredRatePerMinute the rate it returns to: the settings' rate times the headroom
 * @param requestsByKind requests sent, attempts included, by what they do
 * @param tooManyRequests 429 answers seen
 * @param retries attempts made again after a transient failure
 */
public record Kf5Statistics(int ratePerMinute, int configuredRatePerMinute, Map<RequestKind, Long> requestsByKind,
        long tooManyRequests, long retries) {

    public Kf5Statistics {
        requestsByKind = Map.copyOf(requestsByKind);
    }

    /** Every request sent, attempts included. */
    public long requests() {
        return requestsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
