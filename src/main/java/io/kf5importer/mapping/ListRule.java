package io.kf5importer.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Reads a list (tags, ids, file names) from the cells of one or more columns, every cell of a repeated header
 * included, split on literal separators ({@code split}) or a regular expression ({@code split_regex}). Items are
 * stripped, empty ones dropped, repeats dropped (first one kept); constant items ({@code value}) come first.
 */
final class ListRule {

    /** One item and the column it came from ({@code null} for a constant). */
    record Item(String column, String text) {
    }

    private final List<String> columns;

    private final Pattern separator;

    private final List<String> constants;

    private ListRule(List<String> columns, Pattern separator, List<String> constants) {
        this.columns = columns;
        this.separator = separator;
        this.constants = constants;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static ListRule compile(MappingFile.Values values, String setting) {
        if (values == null) {
            return null;
        }
        List<String> columns = values.column() == null ? List.of() : values.column();
        List<String> constants = values.value() == null ? List.of() : values.value();
        if (columns.isEmpty() && constants.isEmpty()) {
            throw new InvalidSettingException(setting, "says where to read nothing; give column (one or a list) "
                    + "and/or value (constant items)");
        }
        columns.forEach(column -> Settings.column(column, setting));
        return new ListRule(List.copyOf(columns), separator(values, setting), List.copyOf(constants));
    }

    /** The distinct items, constants first, then columns in the order the mapping names them. */
    List<Item> read(RowReading row) {
        Set<String> seen = new LinkedHashSet<>();
        List<Item> items = new ArrayList<>();
        constants.forEach(constant -> add(items, seen, null, constant));
        for (String column : columns) {
            for (String cell : row.cells(column)) {
                for (String text : separator == null ? new String[] {cell} : separator.split(cell)) {
                    add(items, seen, column, text);
                }
            }
        }
        return items;
    }

    List<String> columns() {
        return columns;
    }

    private static void add(List<Item> items, Set<String> seen, String column, String text) {
        String item = text.strip();
        if (!item.isEmpty() && seen.add(item)) {
            items.add(new Item(column, item));
        }
    }

    private static Pattern separator(MappingFile.Values values, String setting) {
        if (values.split() != null && values.splitRegex() != null) {
            throw new InvalidSettingException(setting, "sets split and split_regex; give one of them");
        }
        if (values.splitRegex() != null) {
            return regex(values.splitRegex(), setting + ".split_regex");
        }
        if (values.split() == null) {
            return null;
        }
        for (String literal : values.split()) {
            checkLiteral(literal, setting + ".split");
        }
        return Pattern.compile(values.split().stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    private static void checkLiteral(String literal, String setting) {
        if (literal == null || literal.isEmpty()) {
            throw new InvalidSettingException(setting, "has an empty separator; expected text such as \";\"");
        }
        // A bracketed class is the usual way to write several separators as a regular expression; taken literally
        // it would never match and every cell would silently stay whole.
        if (literal.length() > 2 && literal.startsWith("[") && literal.endsWith("]")) {
            throw new InvalidSettingException(setting, "'" + literal + "' looks like a regular expression, but "
                    + "split takes literal separators; write split: [\";\", \"、\"] or split_regex: '" + literal + "'");
        }
    }

    private static Pattern regex(String regex, String setting) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingException(setting, "'" + regex + "' is not a valid regular expression: "
                    + e.getDescription());
        }
        if (pattern.matcher("").matches()) {
            throw new InvalidSettingException(setting, "'" + regex + "' matches the empty text, so it would split "
                    + "between every character; expected separators such as '[;,]' or '\\s+'");
        }
        return pattern;
    }
}
