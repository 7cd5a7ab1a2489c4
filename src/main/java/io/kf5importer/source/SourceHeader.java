package io.kf5importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The column names of a source, in file order. Names may repeat (Jira repeats {@code Comment}, {@code Labels}) or be
 * blank; every column is also addressable by its 1-based position written {@code #3}. Immutable.
 *
 * <p>A mapping looks up a score of columns in every row, so the indexes of each name are worked out once, here.
 */
public final class SourceHeader {

    private final List<String> names;

    private final Map<String, List<Integer>> indexesByName;

    public SourceHeader(List<String> names) {
        this.names = List.copyOf(names);
        Map<String, List<Integer>> indexes = new HashMap<>();
        for (int i = 0; i < this.names.size(); i++) {
            indexes.computeIfAbsent(this.names.get(i), name -> new ArrayList<>()).add(i);
        }
        indexes.replaceAll((name, columns) -> List.copyOf(columns));
        this.indexesByName = indexes;
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /**
     * The indexes (0-based) of every column the reference names, in column order: a header name, or a position such
     * as {@code #3}. Empty when no column matches; never {@code null}. The list is unmodifiable.
     */
    public List<Integer> indexesOf(String reference) {
        if (isPosition(reference)) {
            int position = Integer.parseInt(reference.substring(1));
            return position >= 1 && position <= names.size() ? List.of(position - 1) : List.of();
        }
        return indexesByName.getOrDefault(reference, List.of());
    }

    public boolean contains(String reference) {
        return !indexesOf(reference).isEmpty();
    }

    /** {@code #} and digits, the way a mapping names a column by its position. */
    private static boolean isPosition(String reference) {
        if (reference.length() < 2 || reference.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < reference.length(); i++) {
            if (reference.charAt(i) < '0' || reference.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceHeader header && names.equals(header.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    @Override
    public String toString() {
        return "SourceHeader[names=" + names + "]";
    }
}
