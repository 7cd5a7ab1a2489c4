package io.kf5importer.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable row: one text value per header column, exactly as a person reads it in the source (never null; an
 * empty cell is the empty string).
 *
 * @param number the row number as a person finds it in the file
 * @param header the header the values line up with
 * @param values one value per header column
 */
public record SourceRow(long number, SourceHeader header, List<String> values) implements SourceRecord {

    public SourceRow {
        values = List.copyOf(values);
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                    "row " + number + " has " + values.size() + " values for " + header.size() + " columns");
        }
    }

    /** The value of the first column the reference names, or {@code null} when no column has that name. */
    public String value(String reference) {
        List<Integer> indexes = header.indexesOf(reference);
        return indexes.isEmpty() ? null : values.get(indexes.get(0));
    }

    /** The values of every column the reference names (repeated headers), in column order. */
    public List<String> values(String reference) {
        List<String> found = new ArrayList<>();
        for (int index : header.indexesOf(reference)) {
            found.add(values.get(index));
        }
        return found;
    }

    /**
     * The row as name to value, for display. A repeated name keeps its first value; later ones and blank names are
     * keyed by position ({@code #5}) so that nothing is lost.
     */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String name = header.names().get(i);
            String key = name.isBlank() || map.containsKey(name) ? "#" + (i + 1) : name;
            map.put(key, values.get(i));
        }
        return map;
    }
}
