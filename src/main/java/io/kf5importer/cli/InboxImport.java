package io.kf5importer.cli;

import io.kf5importer.job.ImportJobConfiguration;
import io.kf5importer.job.ImportLauncher;
import io.kf5importer.job.ImportRequest;
import io.kf5importer.job.ImportResult;
import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.ledger.ImportLockBusyException;
import io.kf5importer.progress.ProgressTicker;
import io.kf5importer.schedule.FileImport;
import io.kf5importer.schedule.FileImportResult;
import io.kf5importer.schedule.FileImportResult.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * Imports an inbox file for {@code watch} exactly as {@code import} would import it: the same checks, the same job,
 * the same summary and reports, each in an application context of its own; the exit code {@code import} would give
 * becomes the file's {@link Outcome}.
 */
final class InboxImport implements FileImport {

    private static final Logger log = LoggerFactory.getLogger(InboxImport.class);

    private final Function<Path, ImportRequest> requests;
    private final RunOptions options;
    private final DatabaseOptions database;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    private volatile ImportLauncher current;

    /**
     * @param requests the import of each file, made when the file is taken (so that {@code --stop-at} is the next
     *        such time from then)
     */
    InboxImport(Function<Path, ImportRequest> requests, RunOptions options, DatabaseOptions database, Clock clock,
            PrintWriter out, PrintWriter err) {
        this.requests = requests;
        this.options = options;
        this.database = database;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    @Override
    public FileImportResult importFile(Path file) {
        try {
            ImportRequest request = requests.apply(file);
            ImportCommand.preflight(request);
            return run(request);
        } catch (ImportLockBusyException e) {
            return new FileImportResult(Outcome.BUSY, null, null, e.getMessage());
        } catch (Kf5FatalException e) {
            Outcome outcome = e.status() == 0 ? Outcome.STOPPED : Outcome.UNUSABLE;
            return new FileImportResult(outcome, null, null, e.getMessage());
        } catch (Kf5UnavailableException e) {
            return new FileImportResult(Outcome.STOPPED, null, null, "KF5 cannot be reached: " + e.getMessage());
        } catch (Exception e) {
            String reason = Kf5ImportCommand.reason(e);
            log.warn("{} cannot be imported: {}", file.getFileName(), reason);
            return new FileImportResult(Outcome.UNUSABLE, null, null, reason);
        }
    }

    /** Asks the import in progress, if any, to stop after its chunk in flight. */
    boolean stopCurrent() {
        ImportLauncher launcher = current;
        return launcher != null && launcher.stop();
    }

    private FileImportResult run(ImportRequest request) throws Exception {
        try (var context = ImporterContext.start(database, new Class<?>[] {ImportJobConfiguration.class},
                request, clock)) {
            ImportLauncher launcher = context.getBean(ImportLauncher.class);
            current = launcher;
            ImportResult result;
            try (ProgressTicker progress = options.progressChoice().start(launcher, request, clock, err,
                    options.logFormat())) {
                result = launcher.run();
            } finally {
                current = null;
            }
            SummaryPrinter.printAndSave(out, request, result);
            // A file that cannot be read past a line would stop at the same line on every look: it goes to failed/.
            Outcome outcome = result.sourceUnreadable() ? Outcome.UNUSABLE : outcome(ImportCommand.exitCode(result));
            return new FileImportResult(outcome, result.runId(), result.reportFolder(), summaryLine(result));
        }
    }

    private static Outcome outcome(int exitCode) {
        return switch (exitCode) {
            case ExitCode.OK -> Outcome.IMPORTED;
            case ExitCode.ROWS_NOT_IMPORTED -> Outcome.ROWS_NOT_IMPORTED;
            case ExitCode.STOPPED -> Outcome.STOPPED;
            default -> Outcome.UNUSABLE;
        };
    }

    private static String summaryLine(ImportResult result) {
        if (result.alreadyImportedBy() != null) {
            return "run " + result.runId() + ": nothing to do, run " + result.alreadyImportedBy()
                    + " imported this very file whole";
        }
        return "run " + result.runId() + " " + result.status() + ", " + result.counts().created() + " created, "
                + result.counts().updated() + " updated, " + result.counts().rejected() + " rejected, "
                + result.counts().failed() + " failed";
    }
}
