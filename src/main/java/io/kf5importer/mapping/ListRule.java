package io.kf5importer.mapping;

import java.util.ArrayList;
import java.util.List;
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

    /** The {@code split_regex}, or {@code null}. */
    private final Pattern separator;

    /** The {@code split} separators, or empty. */
    private final List<String> literals;

    /** The first character of each {@code split} separator: where a cut may start. */
    private final String firstChars;

    private final List<String> constants;

    private ListRule(List<String> columns, Pattern separator, List<String> literals, List<String> constants) {
        this.columns = columns;
        this.separator = separator;
        this.literals = literals;
        this.firstChars = literals.stream().map(literal -> literal.substring(0, 1)).distinct()
                .collect(Collectors.joining());
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
        Pattern separator = separator(values, setting);
        List<String> literals = separator == null && values.split() != null ? List.copyOf(values.split()) : List.of();
        return new ListRule(List.copyOf(columns), separator, literals, List.copyOf(constants));
    }

    /** The distinct items, constants first, then columns in the order the mapping names them. */
    List<Item> read(RowReading row) {
        List<Item> items = new ArrayList<>();
        for (String constant : constants) {
            add(items, null, constant);
        }
        for (String column : columns) {
            for (String cell : row.cells(column)) {
                if (!cell.isEmpty()) {
                    addParts(items, column, cell);
                }
            }
        }
        return items;
    }

    List<String> columns() {
        return columns;
    }

    /**
     * Adds the parts of the cell between separators. Literal separators are looked for in one pass, leftmost first
     * and, at one place, in the order given (as a regular expression of them would). A regular expression per cell
     * would cost more than the rest of the row; a search per separator would scan the cell once for each.
     */
    private void addParts(List<Item> items, String column, String cell) {
        if (separator != null) {
            for (String text : separator.split(cell)) {
                add(items, column, text);
            }
            return;
        }
        int start = 0;
        int i = 0;
        while (i < cell.length()) {
            String literal = firstChars.indexOf(cell.charAt(i)) < 0 ? null : literalAt(cell, i);
            if (literal == null) {
                i++;
                continue;
            }
            add(items, column, cell.substring(start, i));
            i += literal.length();
            start = i;
        }
        add(items, column, cell.substring(start));
    }

    /** The first separator, in the order given, that starts at {@code index}; {@code null} when none does. */
    private String literalAt(String cell, int index) {
        for (String literal : literals) {
            if (cell.startsWith(literal, index)) {
                return literal;
            }
        }
        return null;
    }

    /** Adds the stripped text unless it is empty or already there; a row's list holds a handful of items. */
    private static void add(List<Item> items, String column, String text) {
        String item = RowReading.strip(text);
        if (item.isEmpty()) {
            return;
        }
        for (Item found : items) {
            if (found.text().equals(item)) {
                return;
            }
        }
        items.add(new Item(column, item));
    }

    private static Pattern separator(MappingFile.Values values, String setting) {
        if (values.split() != null && values.splitRegex() != null) {
            throw new InvalidSettingException(setting, "sets split and split_regex; give one of them");
        }
        if (values.splitRegex() != null) {
            return regex(values.splitRegex(), setting + ".split_regex");
        }
        if (values.split() != null) {
            values.split().forEach(literal -> checkLiteral(literal, setting + ".split"));
        }
        return null;
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
