package io.kf5importer.schedule;

import java.nio.file.Path;

/**
 * How the import of an inbox file went, and so where the file goes.
 *
 * @param outcome what happened
 * @param runId the run, or {@code null} when none began
 * @param reportFolder the run's reports, or {@code null}
 * @param message a line for the operator
 */
public record FileImportResult(Outcome outcome, Long runId, Path reportFolder, String message) {

    /** What happened to the file, as the {@code import} command's exit code tells it. */
    public enum Outcome {
        /** Every row imported or already there (exit code 0): to {@code processed/}. */
        IMPORTED("processed"),
        /** Finished with rows rejected or failed (exit code 1): to {@code failed/}, beside its failed rows. */
        ROWS_NOT_IMPORTED("failed"),
        /** The file or the settings cannot be used (exit code 2): to {@code failed/}. */
        UNUSABLE("failed"),
        /** Stopped before the end (exit code 3, {@code --stop-at}): stays, and the next look resumes it. */
        STOPPED(null),
        /** Another import held the database: stays, for the next look. */
        BUSY(null);

        private final String folder;

        Outcome(String folder) {
            this.folder = folder;
        }

        /** The inbox subfolder the file moves to, or {@code null} when it stays. */
        public String folder() {
            return folder;
        }
    }
}
