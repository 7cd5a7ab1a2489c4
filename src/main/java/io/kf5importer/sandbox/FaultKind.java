package io.kf5importer.sandbox;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A way the sandbox can misbehave on a request, drawn per request with the probability {@link SandboxFaults} gives.
 */
public enum FaultKind {

    /** Answer 503 before doing anything. */
    ERROR_5XX("error5xx"),

    /** Answer 429 with {@code Retry-After: 1} before doing anything. */
    RATE_429("rate429"),

    /** Close the connection without answering, before doing anything. */
    RESET("reset"),

    /** Wait {@link SandboxSettings#slowDelay()}, then do the work and answer (to a client that has likely gone). */
    SLOW("slow"),

    /** Do the work (a ticket is created), then close the connection without answering. */
    DROP_AFTER_COMMIT("drop-after-commit");

    private final String key;

    FaultKind(String key) {
        this.key = key;
    }

    /** The name used in a faults spec such as {@code error5xx=0.1}. */
    public String key() {
        return key;
    }

    static FaultKind ofKey(String key) {
        return Arrays.stream(values())
                .filter(kind -> kind.key.equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown fault '" + key + "', expected one of " + keys()));
    }

    static String keys() {
        return Arrays.stream(values()).map(FaultKind::key).collect(Collectors.joining(", "));
    }
}
