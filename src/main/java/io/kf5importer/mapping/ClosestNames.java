package io.kf5importer.mapping;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The known names nearest to one that was not found, by edit distance ignoring case, so that a message can say
 * "did you mean". Names too far away to be a slip (more than half their length) are not offered.
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /** Up to {@code limit} of the known names closest to {@code wanted}, closest first. */
    public static List<String> of(String wanted, Collection<String> known, int limit) {
        String target = wanted.strip().toLowerCase(Locale.ROOT);
        return known.stream()
                .distinct()
                .map(name -> new Scored(name, distance(target, name.strip().toLowerCase(Locale.ROOT))))
                .filter(scored -> scored.distance() <= Math.max(2, Math.max(target.length(),
                        scored.name().length()) / 2))
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** "; closest: A, B" or nothing, to end a message with. */
    public static String suggestion(String wanted, Collection<String> known) {
        List<String> closest = of(wanted, known, 3);
        return closest.isEmpty() ? "" : "; closest: " + String.join(", ", closest);
    }

    /** Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
