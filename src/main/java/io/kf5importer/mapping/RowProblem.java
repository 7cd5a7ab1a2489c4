package io.kf5importer.mapping;

/**
 * One thing wrong with a row.
 *
 * @param column the source column concerned, or {@code null} for the row as a whole
 * @param value the value found, or {@code null}
 * @param message what rule it breaks and what was expected
 */
public record RowProblem(String column, String value, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (column != null) {
            text.append("column '").append(column).append("'");
        }
        if (value != null) {
            text.append(text.isEmpty() ? "" : " ").append("value '").append(value).append("'");
        }
        return text.isEmpty() ? message : text + ": " + message;
    }
}
