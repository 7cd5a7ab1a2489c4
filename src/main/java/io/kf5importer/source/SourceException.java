package io.kf5importer.source;

import java.nio.file.Path;

/**
 * A source file that cannot be read, with where and what: the message says what was found, what was expected and
 * what the operator can do. Locations that do not apply are {@code null}.
 */
public class SourceException extends RuntimeException {

    private final transient Path file;
    private final String sheet;
    private final Long row;
    private final String column;
    private final String value;

    public SourceException(Path file, String sheet, Long row, String column, String value, String message,
            Throwable cause) {
        super(message, cause);
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    public SourceException(Path file, String message) {
        this(file, null, null, null, null, message, null);
    }

    public SourceException(Path file, String message, Throwable cause) {
        this(file, null, null, null, null, message, cause);
    }

    public Path file() {
        return file;
    }

    public String sheet() {
        return sheet;
    }

    public Long row() {
        return row;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }

    /** The message with its location in front: {@code file, sheet 'x', row 12, column 'y': message}. */
    @Override
    public String getMessage() {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file);
        }
        if (sheet != null) {
            where.append(", sheet '").append(sheet).append('\'');
        }
        if (row != null) {
            where.append(", row ").append(row);
        }
        if (column != null) {
            where.append(", column '").append(column).append('\'');
        }
        if (value != null) {
            where.append(", value '").append(value).append('\'');
        }
        return where.isEmpty() ? super.getMessage() : where + ": " + super.getMessage();
    }
}
