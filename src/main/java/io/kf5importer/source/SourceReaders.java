package io.kf5importer.source;

import java.nio.file.Path;

/** Opens the right reader for a file, judged by its content as well as its name. */
public final class SourceReaders {

    private SourceReaders() {
    }

    /**
     * Opens a CSV, {@code .xlsx} or {@code .xls} file and reads its header.
     *
     * @throws SourceException when the file cannot be opened or is not what its name says
     */
    public static SourceReader open(Path file, SourceOptions options) {
        throw new UnsupportedOperationException("readers are being built on branch 'source'");
    }
}
