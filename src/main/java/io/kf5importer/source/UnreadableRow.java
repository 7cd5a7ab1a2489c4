package io.kf5importer.source;

/**
 * A row the reader could not turn into values, with the reason. The rows after it are still read.
 *
 * @param number the row number as a person finds it in the file
 * @param column the column concerned, or {@code null} when the row as a whole is wrong
 * @param value the raw value concerned, or {@code null}
 * @param message what was found and what was expected
 */
public record UnreadableRow(long number, String column, String value, String message) implements SourceRecord {
}
