package io.kf5importer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The column names of a source, in file order. Names may repeat (Jira repeats {@code Comment}, {@code Labels}) or be
 * blank; every column is also addressable by its 1-based position written {@code #3}.
 */
public record SourceHeader(List<String> names) {

    public SourceHeader {
        names = List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    /** The indexes (0-based) of every column the reference names: a header name, or a position such as {@code #3}. */
    public List<Integer> indexesOf(String reference) {
        List<Integer> indexes = new ArrayList<>();
        if (reference.matches("#\\d+")) {
            int position = Integer.parseInt(reference.substring(1));
            if (position >= 1 && position <= names.size()) {
                indexes.add(position - 1);
            }
            return indexes;
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(reference)) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    public boolean contains(String reference) {
        return !indexesOf(reference).isEmpty();
    }
}
