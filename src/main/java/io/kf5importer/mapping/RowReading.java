package io.kf5importer.mapping;

import io.kf5importer.source.SourceRow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One row being mapped: its cells, and everything found wrong with it so far. Rules read cells through it and
 * record problems instead of stopping, so that a row is checked completely and all its problems come back at once.
 * Not thread-safe: one per row.
 */
final class RowReading {

    private final SourceRow row;

    private final List<RowProblem> problems = new ArrayList<>();

    private final List<String> warnings = new ArrayList<>();

    private final List<String> unchecked = new ArrayList<>();

    /** Columns already reported absent; made on the first, as nearly every row has none. */
    private Set<String> absentColumns;

    RowReading(SourceRow row) {
        this.row = row;
    }

    long number() {
        return row.number();
    }

    /** The first cell of the column, stripped; empty (and one problem) when the source has no such column. */
    String cell(String column) {
        String value = row.value(column);
        if (value == null) {
            reportAbsent(column);
            return "";
        }
        reportCellProblem(column, value);
        return strip(value);
    }

    /**
     * The text without surrounding white space, exactly as {@link String#strip()}: most cells have none, which their
     * two end characters tell at once, where {@code strip} looks each up in the Unicode tables.
     */
    static String strip(String text) {
        boolean bare = text.isEmpty()
                || isNeverWhiteSpace(text.charAt(0)) && isNeverWhiteSpace(text.charAt(text.length() - 1));
        return bare ? text : text.strip();
    }

    /**
     * Whether the character lies outside the ranges that hold every character {@link Character#isWhitespace}
     * accepts (tab to space, U+1680 to the ideographic space U+3000); a surrogate is never part of white space.
     */
    private static boolean isNeverWhiteSpace(char c) {
        return (c > ' ' && c < '\u1680') || c > '\u3000';
    }

    /** Every cell of the column (a repeated header gives several), unstripped. */
    List<String> cells(String column) {
        List<String> values = row.values(column);
        if (values.isEmpty()) {
            reportAbsent(column);
        }
        reportCellProblem(column, null);
        return values;
    }

    private void reportCellProblem(String column, String value) {
        String cellProblem = row.cellProblem(column);
        if (cellProblem != null) {
            problem(column, value, cellProblem + "; fix or clear the cell in the workbook and run again");
        }
    }

    void problem(String column, String value, String message) {
        problems.add(new RowProblem(column, value, message));
    }

    void warn(String message) {
        warnings.add(message);
    }

    /** Notes a value that only the KF5 account can check, when checking offline. */
    void unchecked(String what) {
        unchecked.add(what);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    List<RowProblem> problems() {
        return problems;
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> unchecked() {
        return unchecked;
    }

    private void reportAbsent(String column) {
        if (absentColumns == null) {
            absentColumns = new HashSet<>();
        }
        if (absentColumns.add(column)) {
            problem(column, null, "the source has no such column; check the mapping's column names against the "
                    + "header (the 'inspect' command lists them)");
        }
    }
}
