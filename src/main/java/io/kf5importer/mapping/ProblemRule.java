package io.kf5importer.mapping;

import java.util.List;

/**
 * Reads {@code problem_id}, the problem ticket an incident belongs to: a KF5 id (a column of numbers, or a constant),
 * or with {@code row_key: true} the key of another row, whose ticket is created first and whose new id is put in
 * {@code problem_id} when this row is sent.
 */
final class ProblemRule {

    private static final String SETTING = "ticket.problem_id";

    private final IdRule id;

    private final String keyColumn;

    private ProblemRule(IdRule id, String keyColumn) {
        this.id = id;
        this.keyColumn = keyColumn;
    }

    /** The rule, or {@code null} when the setting is absent. */
    static ProblemRule compile(MappingFile.Problem problem) {
        if (problem == null) {
            return null;
        }
        if (Boolean.TRUE.equals(problem.rowKey())) {
            if (problem.column() == null || problem.value() != null) {
                throw new InvalidSettingException(SETTING, "with row_key: true needs a column of row keys (and no "
                        + "value)");
            }
            return new ProblemRule(null, Settings.column(problem.column(), SETTING));
        }
        return new ProblemRule(IdRule.compile(new MappingFile.Id(problem.column(), problem.value(), null), SETTING),
                null);
    }

    /** The problem ticket's id, or {@code null} when the cell is empty, bad (a problem), or holds a row key. */
    Long id(RowReading row) {
        return id == null ? null : id.read(row, IdLookup.NONE);
    }

    /** The key of the problem row, or {@code null}; a row naming itself is a problem. */
    String rowKey(RowReading row, String ownKey) {
        if (keyColumn == null) {
            return null;
        }
        String key = row.cell(keyColumn);
        if (key.isEmpty()) {
            return null;
        }
        if (key.equals(ownKey)) {
            row.problem(keyColumn, key, "problem_id names this row's own key; an incident's problem must be another "
                    + "row, of type problem");
            return null;
        }
        return key;
    }

    List<String> columns() {
        return keyColumn != null ? List.of(keyColumn) : id.columns();
    }
}
