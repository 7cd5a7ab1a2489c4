package io.kf5importer.mapping;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a KF5 id: a constant, or a column of positive whole numbers. A cell that is not a number goes to the
 * {@link IdLookup} (names of agents, groups, users); without one, or when it knows no such name, it is a problem.
 */
final class IdRule {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final String field;

    private final String column;

    private final Long constant;

    private IdRule(String field, String column, Long constant) {
        this.field = field;
        this.column = column;
        this.constant = constant;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static IdRule compile(MappingFile.Id id, String field) {
        if (id == null) {
            return null;
        }
        Settings.exactlyOne(field, "column", id.column(), "value", id.value());
        if (id.value() != null && id.value() <= 0) {
            throw new InvalidSettingException(field + ".value", id.value() + " is not a KF5 id; expected a "
                    + "positive whole number");
        }
        return new IdRule(field, Settings.column(id.column(), field), id.value());
    }

    /** The id, or {@code null} when the cell is empty or not usable (then a problem is recorded). */
    Long read(RowReading row, IdLookup lookup) {
        if (constant != null) {
            return constant;
        }
        String cell = row.cell(column);
        return cell.isEmpty() ? null : id(row, column, cell, lookup, field);
    }

    /** One cell as an id; a problem when it is neither a number nor a name the lookup knows. */
    static Long id(RowReading row, String column, String cell, IdLookup lookup, String field) {
        if (DIGITS.matcher(cell).matches() && Long.parseLong(cell) > 0) {
            return Long.parseLong(cell);
        }
        Long found = lookup.idOf(cell);
        if (found != null) {
            return found;
        }
        String names = lookup == IdLookup.NONE ? "names are not looked up for this field"
                : "the KF5 account has nothing by that name";
        row.problem(column, cell, "not a " + field + ": expected a positive whole number (" + names + ")");
        return null;
    }

    boolean isSet(RowReading row) {
        return constant != null || !row.cell(column).isEmpty();
    }

    List<String> columns() {
        return column == null ? List.of() : List.of(column);
    }
}
