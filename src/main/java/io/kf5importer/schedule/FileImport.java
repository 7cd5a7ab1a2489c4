package io.kf5importer.schedule;

import java.nio.file.Path;

/** Imports one file the way {@code kf5-import import} does; the command line provides it. */
public interface FileImport {

    /** Imports the file and says how it went. Never throws for a problem of the file or its rows. */
    FileImportResult importFile(Path file);
}
