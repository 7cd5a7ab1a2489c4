package io.kf5importer.cli;

import io.kf5importer.job.ImportLauncher;
import io.kf5importer.job.ImportRequest;
import io.kf5importer.job.RunTracker;
import io.kf5importer.progress.ProgressBar;
import io.kf5importer.progress.ProgressDisplay;
import io.kf5importer.progress.ProgressLines;
import io.kf5importer.progress.ProgressSnapshot;
import io.kf5importer.progress.ProgressTicker;
import io.kf5importer.progress.SourceRowCount;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Which progress display a run shows on standard error ({@code --progress}). */
enum ProgressChoice {

    /** A bar when the importer runs in a terminal, plain lines otherwise. */
    AUTO,
    /** A bar redrawn in place. */
    BAR,
    /** A plain line every {@link #LINE_INTERVAL}. */
    LINES,
    /** Nothing. */
    NONE;

    static final Duration LINE_INTERVAL = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ProgressChoice.class);

    /**
     * Starts showing the progress of the launcher's run until the ticker is closed. With JSON logs the lines go
     * through the log (as JSON lines too) rather than among them as text.
     */
    ProgressTicker start(ImportLauncher launcher, ImportRequest request, Clock clock, PrintWriter err,
            LogFormat logFormat) {
        ProgressDisplay display = logFormat == LogFormat.JSON && this != NONE
                ? new ProgressLines(log::info, clock, LINE_INTERVAL) : display(err, clock);
        if (display == ProgressDisplay.NONE) {
            return ProgressTicker.start(display, Optional::empty);
        }
        SourceRowCount total = SourceRowCount.start(request.sourceFile(), request.sourceOptions(),
                SourceRowCount.DEFAULT_MAX_BYTES);
        Instant started = clock.instant();
        return ProgressTicker.start(display, () -> snapshot(launcher, total, Duration.between(started,
                clock.instant())));
    }

    private ProgressDisplay display(PrintWriter err, Clock clock) {
        ProgressChoice choice = this == AUTO ? (System.console() != null ? BAR : LINES) : this;
        return switch (choice) {
            case BAR -> new ProgressBar(err);
            case LINES -> new ProgressLines(err, clock, LINE_INTERVAL);
            default -> ProgressDisplay.NONE;
        };
    }

    private static Optional<ProgressSnapshot> snapshot(ImportLauncher launcher, SourceRowCount total,
            Duration elapsed) {
        RunTracker run = launcher.tracker();
        if (!run.hasBegun()) {
            return Optional.empty();
        }
        return Optional.of(new ProgressSnapshot(run.runId(), run.rowsDone(), total.total(), run.counts().read(),
                elapsed, launcher.client().statistics().tooManyRequests()));
    }
}
