package io.kf5importer.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A text with column placeholders, such as {@code "[{工单编号}] {标题}"}. {@code {{} and {@code }}} write a literal
 * brace. Two rules keep empty cells from leaving husks behind: a line whose placeholders are all empty is dropped,
 * and a template whose placeholders are all empty yields the empty text (so that a {@code default} applies).
 */
final class Template {

    /** A run of literal text, or a placeholder naming a column. */
    private record Part(String text, String column) {
    }

    private final List<List<Part>> lines;

    private Template(List<List<Part>> lines) {
        this.lines = lines;
    }

    static Template parse(String text, String setting) {
        List<List<Part>> lines = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            lines.add(parseLine(line, setting));
        }
        return new Template(lines);
    }

    /**
     * The filled-in text, stripped. The pieces are joined once at the end, into a string of exactly their size: a
     * builder would be copied as it grows and again when it widens for the first Chinese character.
     */
    String fill(RowReading row) {
        List<String> pieces = new ArrayList<>();
        boolean anyLine = false;
        boolean anyValue = false;
        for (List<Part> line : lines) {
            int lineStart = pieces.size();
            if (anyLine) {
                pieces.add("\n");
            }
            boolean placeholders = false;
            boolean values = false;
            for (Part part : line) {
                String value = part.column() == null ? part.text() : row.cell(part.column());
                placeholders |= part.column() != null;
                values |= part.column() != null && !value.isEmpty();
                pieces.add(value);
            }
            if (placeholders && !values) {
                pieces.subList(lineStart, pieces.size()).clear();
            } else {
                anyLine = true;
            }
            anyValue |= values;
        }
        return anyValue ? RowReading.strip(String.join("", pieces)) : "";
    }

    /** The columns the placeholders name, in order of first use. */
    List<String> columns() {
        Set<String> columns = new LinkedHashSet<>();
        lines.forEach(line -> line.stream().filter(part -> part.column() != null)
                .forEach(part -> columns.add(part.column())));
        return List.copyOf(columns);
    }

    private static List<Part> parseLine(String line, String setting) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < line.length() && line.charAt(i + 1) == c) {
                literal.append(c);
                i += 2;
            } else if (c == '{') {
                int close = line.indexOf('}', i);
                String column = close < 0 ? "" : line.substring(i + 1, close).strip();
                if (column.isEmpty() || column.contains("{")) {
                    throw new InvalidSettingException(setting, "a '{' at '" + line.substring(i)
                            + "' does not start a {column name} placeholder; write {{ for a literal brace");
                }
                parts.add(new Part(literal.toString(), null));
                parts.add(new Part(null, column));
                literal.setLength(0);
                i = close + 1;
            } else if (c == '}') {
                throw new InvalidSettingException(setting, "a '}' at '" + line.substring(i)
                        + "' closes no placeholder; write }} for a literal brace");
            } else {
                literal.append(c);
                i++;
            }
        }
        parts.add(new Part(literal.toString(), null));
        return parts;
    }
}
