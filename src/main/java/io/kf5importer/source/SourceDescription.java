package io.kf5importer.source;

import java.nio.file.Path;

/**
 * What a reader opened and the choices it made, for {@code inspect} and the logs.
 *
 * @param file the file read
 * @param format {@code csv}, {@code xlsx} or {@code xls}
 * @param encoding the CSV encoding used, or {@code null} for Excel
 * @param delimiter the CSV delimiter used, or {@code null} for Excel
 * @param sheet the Excel sheet read, or {@code null} for CSV
 */
public record SourceDescription(Path file, String format, String encoding, Character delimiter, String sheet) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file.getFileName().toString()).append(" (").append(format);
        if (encoding != null) {
            text.append(", ").append(encoding);
        }
        if (delimiter != null) {
            text.append(", delimiter ").append(delimiter == '\t' ? "tab" : "'" + delimiter + "'");
        }
        if (sheet != null) {
            text.append(", sheet '").append(sheet).append("'");
        }
        return text.append(')').toString();
    }
}
