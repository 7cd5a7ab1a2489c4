package io.kf5importer.mapping;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a KF5 id: a constant, or a column of positive whole numbers. A cell that is not a number goes to the
 * {@link IdLookup} (names of agents, groups, users); with {@code lookup: true} every cell does. Without a lookup,
 * or when it knows no such name, the cell is a problem; offline it is noted as unchecked and left out.
 */
final class IdRule {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final String field;

    private final String column;

    private final Long constant;

    private final boolean lookUpEveryCell;

    private IdRule(String field, String column, Long constant, boolean lookUpEveryCell) {
        this.field = field;
        this.column = column;
        this.constant = constant;
        this.lookUpEveryCell = lookUpEveryCell;
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
        boolean lookUp = Boolean.TRUE.equals(id.lookup());
        if (lookUp && id.column() == null) {
            throw new InvalidSettingException(field + ".lookup", "applies to a column; a constant value is an id");
        }
        return new IdRule(field, Settings.column(id.column(), field), id.value(), lookUp);
    }

    /** The rule for a constant id or a column of ids (no lookup of every cell). */
    static IdRule of(String field, String column, Long constant) {
        return new IdRule(field, column, constant, false);
    }

    /** The id, or {@code null} when the cell is empty or not usable (then a problem is recorded). */
    Long read(RowReading row, IdLookup lookup) {
        if (constant != null) {
            return constant;
        }
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            return null;
        }
        return lookUpEveryCell ? lookUp(row, column, cell, lookup, field) : id(row, column, cell, lookup, field);
    }

    /** One cell as an id; a problem when it is neither a number nor a name the lookup knows. */
    static Long id(RowReading row, String column, String cell, IdLookup lookup, String field) {
        if (DIGITS.matcher(cell).matches() && Long.parseLong(cell) > 0) {
            return Long.parseLong(cell);
        }
        return lookUp(row, column, cell, lookup, field);
    }

    private static Long lookUp(RowReading row, String column, String cell, IdLookup lookup, String field) {
        if (lookup == IdLookup.OFFLINE) {
            row.unchecked(field + " '" + cell + "' (column '" + column + "'): a name, looked up in the KF5 account");
            return null;
        }
        if (lookup == IdLookup.NONE) {
            row.problem(column, cell, "not a " + field + ": expected a positive whole number (names are not looked "
                    + "up for this field)");
            return null;
        }
        Long found = lookup.idOf(cell);
        if (found == null) {
            row.problem(column, cell, "not a " + field + ": " + lookup.missing(cell));
        }
        return found;
    }

    boolean isSet(RowReading row) {
        return constant != null || !row.cell(column).isEmpty();
    }

    List<String> columns() {
        return column == null ? List.of() : List.of(column);
    }
}
