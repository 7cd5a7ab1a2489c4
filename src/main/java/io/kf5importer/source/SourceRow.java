package io.kf5importer.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A readable row: one text value per header column, exactly as a person reads it in the source (never null; an
 * empty cell is the empty string). A cell that holds no usable value (an Excel error such as {@code #N/A}) keeps what
 * Excel shows and carries its problem, so that only a use of that cell rejects the row.
 *
 * @param number the row number as a person finds it in the file
 * @param header the header the values line up with
 * @param values one value per header column
 * @param cellProblems what is wrong with a cell, by column index (0-based); empty for most rows
 */
public record SourceRow(long number, SourceHeader header, List<String> values, Map<Integer, String> cellProblems)
        implements SourceRecord {

    public SourceRow(long number, SourceHeader header, List<String> values) {
        this(number, header, values, Map.of());
    }

    public SourceRow {
        values = List.copyOf(values);
        cellProblems = Map.copyOf(cellProblems);
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

    /** What is wrong with a cell of the columns the reference names, or {@code null} when they are all usable. */
    public String cellProblem(String reference) {
        if (cellProblems.isEmpty()) {
            return null;
        }
        for (int index : header.indexesOf(reference)) {
            String problem = cellProblems.get(index);
            if (problem != null) {
                return problem;
            }
        }
        return null;
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
