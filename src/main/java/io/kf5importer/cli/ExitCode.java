package io.kf5importer.cli;

/** The documented exit codes of {@code kf5-import}. */
final class ExitCode {

    /** Everything imported, or already there. */
    static final int OK = 0;

    /** Finished, with rows rejected or failed: see the summary and fix them. */
    static final int ROWS_NOT_IMPORTED = 1;

    /** Usage or configuration error: nothing was imported. */
    static final int USAGE = 2;

    /**
     * Stopped or aborted before the end; run the same command again to resume (when the source could not be read on,
     * once the file is fixed or given the option the message names).
     */
    static final int STOPPED = 3;

    private ExitCode() {
    }
}
