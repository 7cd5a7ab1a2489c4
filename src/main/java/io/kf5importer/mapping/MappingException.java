package io.kf5importer.mapping;

import java.nio.file.Path;

/** A mapping file that cannot be used, with the file and the place in it. */
public class MappingException extends RuntimeException {

    private final transient Path file;

    public MappingException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public MappingException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
