package io.kf5importer.sandbox;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The faults a sandbox injects, each with the probability (0 to 1) that it hits a request. Written as
 * {@code KIND=P,KIND=P}, for example {@code error5xx=0.05,drop-after-commit=0.01}; kinds are the
 * {@link FaultKind#key() keys} of {@link FaultKind}.
 */
public record SandboxFaults(Map<FaultKind, Double> probabilities) {

    public SandboxFaults {
        EnumMap<FaultKind, Double> copy = new EnumMap<>(FaultKind.class);
        copy.putAll(probabilities);
        copy.forEach((kind, probability) -> probability(kind.key() + "=" + probability, String.valueOf(probability)));
        probabilities = Collections.unmodifiableMap(copy);
    }

    public static SandboxFaults none() {
        return new SandboxFaults(Map.of());
    }

    /**
     * Reads a spec such as {@code error5xx=0.1,slow=0.02}. A null or blank spec means no faults.
     *
     * @throws IllegalArgumentException naming the part that is not {@code KIND=P} with a known kind and 0 ≤ P ≤ 1
     */
    public static SandboxFaults parse(String spec) {
        Map<FaultKind, Double> probabilities = new EnumMap<>(FaultKind.class);
        if (spec == null || spec.isBlank()) {
            return none();
        }
        for (String part : spec.split(",")) {
            String[] kindAndProbability = part.trim().split("=", 2);
            if (kindAndProbability.length != 2) {
                throw new IllegalArgumentException("fault '" + part.trim() + "' is not KIND=P, for example slow=0.1");
            }
            FaultKind kind = FaultKind.ofKey(kindAndProbability[0].trim());
            probabilities.put(kind, probability(part.trim(), kindAndProbability[1].trim()));
        }
        return new SandboxFaults(probabilities);
    }

    public double probability(FaultKind kind) {
        return probabilities.getOrDefault(kind, 0.0);
    }

    /**
     * Draws this request's fault. Every configured kind is drawn, in {@link FaultKind} order, so that a seeded
     * {@code random} gives the same sequence whatever hits; the first kind that hits wins.
     */
    Optional<FaultKind> draw(Random random) {
        FaultKind hit = null;
        for (Map.Entry<FaultKind, Double> entry : probabilities.entrySet()) {
            boolean hits = random.nextDouble() < entry.getValue();
            if (hits && hit == null) {
                hit = entry.getKey();
            }
        }
        return Optional.ofNullable(hit);
    }

    /** The spec this parses back from. */
    @Override
    public String toString() {
        return probabilities.entrySet().stream()
                .map(entry -> entry.getKey().key() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
    }

    private static double probability(String part, String text) {
        double probability;
        try {
            probability = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("fault '" + part + "' has probability '" + text
                    + "', expected a number from 0 to 1");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("fault '" + part + "' has probability " + text
                    + ", expected a number from 0 to 1");
        }
        return probability;
    }
}
