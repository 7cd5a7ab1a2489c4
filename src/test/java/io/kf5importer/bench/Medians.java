package io.kf5importer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The repeated measurements of one number: their median, and their range to show how noisy the machine was. */
final class Medians {

    private final List<Double> values = new ArrayList<>();

    void add(double value) {
        values.add(value);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    double median() {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    double max() {
        return Collections.max(values);
    }

    /** The median with the range of the runs, as {@code 1234 (1100–1300, 3 runs)}. */
    String describe(String format) {
        if (values.size() == 1) {
            return String.format(Locale.ROOT, format, median()) + " (1 run)";
        }
        return String.format(Locale.ROOT, format + " (%s–%s, %d runs)", median(),
                String.format(Locale.ROOT, format, Collections.min(values)),
                String.format(Locale.ROOT, format, Collections.max(values)), values.size());
    }
}
