package io.kf5importer.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one of KF5's words for a field (a type, a status, a priority). A cell is looked up in the map, then taken
 * as one of KF5's own words; both matches ignore case and surrounding blanks. A cell that matches neither is a
 * problem naming every accepted value, unless {@code unmapped} names a word to use instead (with a warning). An empty
 * cell gives the {@code default}, or leaves the field out so that KF5 applies its own.
 */
final class ChoiceRule {

    static final List<String> TYPES = List.of("problem", "incident", "question", "task");

    static final List<String> STATUSES = List.of("new", "open", "pending", "solved", "closed");

    static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");

    private final String field;

    private final List<String> words;

    private final String column;

    private final String constant;

    private final Map<String, String> map;

    private final Map<String, String> sourceWords;

    private final String unmapped;

    private final String fallback;

    private ChoiceRule(String field, List<String> words, MappingFile.Choice choice) {
        this.field = field;
        this.words = words;
        this.column = choice.column();
        this.constant = word(choice.value(), words, field + ".value");
        this.map = compileMap(choice.map(), words, field);
        this.sourceWords = choice.map() == null ? Map.of() : new LinkedHashMap<>(choice.map());
        this.unmapped = unmapped(choice.unmapped(), words, field + ".unmapped");
        this.fallback = word(choice.defaultValue(), words, field + ".default");
    }

    /** The rule, or {@code null} when the setting is absent. */
    static ChoiceRule compile(MappingFile.Choice choice, String field, List<String> words) {
        if (choice == null) {
            return null;
        }
        Settings.exactlyOne(field, "column", choice.column(), "value", choice.value());
        Settings.column(choice.column(), field);
        return new ChoiceRule(field, words, choice);
    }

    /** KF5's word, or {@code null} when the cell is empty without a default or does not match. */
    String read(RowReading row) {
        if (constant != null) {
            return constant;
        }
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            return fallback;
        }
        String key = cell.toLowerCase(Locale.ROOT);
        if (map.containsKey(key)) {
            return map.get(key);
        }
        if (words.contains(key)) {
            return key;
        }
        return unmatched(row, cell);
    }

    List<String> columns() {
        return column == null ? List.of() : List.of(column);
    }

    private String unmatched(RowReading row, String cell) {
        if (unmapped != null) {
            row.warn("column '" + column + "': " + name() + " '" + cell + "' is not in the map; sent as '" + unmapped
                    + "' (" + field + ".unmapped)");
            return unmapped;
        }
        String mapped = sourceWords.isEmpty() ? "" : String.join(", ", sourceWords.keySet()) + " (mapped), or ";
        row.problem(column, cell, "not a known " + name() + "; expected " + mapped + String.join(", ", words)
                + " — add it under " + field + ".map or set " + field + ".unmapped");
        return null;
    }

    /** The field's KF5 name: {@code status} for {@code ticket.status}. */
    private String name() {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    private static Map<String, String> compileMap(Map<String, String> map, List<String> words, String field) {
        Map<String, String> compiled = new LinkedHashMap<>();
        if (map == null) {
            return compiled;
        }
        map.forEach((source, word) -> {
            String key = source.strip().toLowerCase(Locale.ROOT);
            if (word == null) {
                throw new InvalidSettingException(field + ".map." + source, "maps to nothing; expected one of "
                        + String.join(", ", words));
            }
            String previous = compiled.put(key, word(word, words, field + ".map." + source));
            if (previous != null) {
                throw new InvalidSettingException(field + ".map." + source, "maps a word already mapped (case and "
                        + "blanks are ignored when matching)");
            }
        });
        return compiled;
    }

    /** The fallback word, or {@code null} to reject a word that matches nothing. */
    private static String unmapped(String value, List<String> words, String setting) {
        if (value == null || value.strip().equalsIgnoreCase("reject")) {
            return null;
        }
        if (!words.contains(value.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidSettingException(setting, "'" + value + "' is not a choice here; expected reject (the "
                    + "row is refused) or the KF5 value to send instead: " + String.join(", ", words));
        }
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** The setting as one of KF5's words, or {@code null} when not set. */
    private static String word(String value, List<String> words, String setting) {
        if (value == null) {
            return null;
        }
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (!words.contains(word)) {
            throw new InvalidSettingException(setting, "'" + value + "' is not a KF5 value here; expected one of "
                    + String.join(", ", words));
        }
        return word;
    }
}
