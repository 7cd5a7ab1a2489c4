package io.kf5importer.cli;

import io.kf5importer.job.ImportJobConfiguration;
import io.kf5importer.job.ImportLauncher;
import io.kf5importer.job.ImportRequest;
import io.kf5importer.job.ImportResult;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.kf5.Kf5FatalException;
import io.kf5importer.kf5.Kf5UnavailableException;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.progress.ProgressTicker;
import io.kf5importer.source.SourceReader;
import io.kf5importer.source.SourceReaders;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code kf5-import import}: the main job. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a source file into KF5 tickets. Run it again to resume an unfinished import or to"
                + " pick up new rows; rows already imported are never sent twice.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Kf5ImportCommand root;

    @Mixin
    SourceOptionsMixin source;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping (YAML).")
    Path mapping;

    @Mixin
    SendingOptions sending;

    @Mixin
    RunOptions run;

    @Option(names = "--dry-run",
            description = "Rehearse: check every row against the account and the ledger and print the plan;"
                    + " write nothing to KF5.")
    boolean dryRun;

    @Option(names = "--payloads", paramLabel = "OUT.jsonl",
            description = "With --dry-run: write the JSON request body of each row to create, one per line.")
    Path payloads;

    @Mixin
    TargetOptions target;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        run.logFormat().apply();
        ImportRequest request = request();
        preflight(request);
        if (dryRun || payloads != null) {
            return rehearse(request, out);
        }
        AtomicInteger exitCode = new AtomicInteger(ExitCode.STOPPED);
        CountDownLatch finished = new CountDownLatch(1);
        try (var context = ImporterContext.start(database, new Class<?>[] {ImportJobConfiguration.class},
                request, root.clock())) {
            ImportLauncher launcher = context.getBean(ImportLauncher.class);
            Thread stopOnSignal = new Thread(() -> stopGracefully(launcher, finished, exitCode, err), "import-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            try {
                exitCode.set(run(launcher, request, out, err));
                return exitCode.get();
            } finally {
                removeHook(stopOnSignal);
            }
        } finally {
            finished.countDown();
        }
    }

    /**
     * Runs the import and prints its summary. KF5 refusing the account before anything is sent is a configuration
     * error (2); KF5 out of reach, or a run that ended early, is resumable (3).
     */
    private int run(ImportLauncher launcher, ImportRequest request, PrintWriter out, PrintWriter err)
            throws Exception {
        try {
            ImportResult result;
            try (ProgressTicker progress = run.progressChoice().start(launcher, request, root.clock(), err,
                    run.logFormat())) {
                result = launcher.run();
            }
            SummaryPrinter.printAndSave(out, request, result);
            return exitCode(result);
        } catch (Kf5FatalException e) {
            err.println("kf5-import: " + e.getMessage());
            return e.status() == 0 ? ExitCode.STOPPED : ExitCode.USAGE;
        } catch (Kf5UnavailableException e) {
            err.println("kf5-import: KF5 cannot be reached, nothing was sent: " + e.getMessage());
            return ExitCode.STOPPED;
        }
    }

    private int rehearse(ImportRequest request, PrintWriter out) throws IOException {
        if (!dryRun) {
            throw new IllegalArgumentException("--payloads writes the bodies of a rehearsal: add --dry-run");
        }
        return new Rehearsal(request.sourceFile(), request.sourceOptions(), request.mappingFile(), payloads)
                .run(target, database, request.client(), out);
    }

    private ImportRequest request() {
        Kf5ClientSettings client = sending.clientSettings();
        return new ImportRequest(source.source, mapping, source.toSourceOptions(), target.url(),
                target.credentials(), client, sending.chunkSize, ImportRequest.defaultSettleAfter(client),
                run.stopAt(root.clock()), run.updateChanged, run.reports);
    }

    /** Refuses to start when the files cannot be used, before any database or network is touched. */
    static void preflight(ImportRequest request) {
        requireFile(request.sourceFile(), "--source");
        requireFile(request.mappingFile(), "--mapping");
        MappingConfig mapping = MappingConfig.load(request.mappingFile());
        try (SourceReader reader = SourceReaders.open(request.sourceFile(), request.sourceOptions())) {
            ColumnCheck.require(mapping, reader);
        }
    }

    static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + " " + file + " does not exist or is not a file");
        }
    }

    static int exitCode(ImportResult result) {
        if (!result.completed()) {
            return ExitCode.STOPPED;
        }
        return result.counts().rejected() + result.counts().failed() > 0 ? ExitCode.ROWS_NOT_IMPORTED : ExitCode.OK;
    }

    /**
     * On Ctrl-C or SIGTERM: the rows being sent finish and are recorded, no new row starts, and the process ends with
     * the run's exit code (3 when it stopped) once the import has closed. The hook has to end the process itself:
     * the JVM is already shutting down, so {@code main}'s {@code System.exit} would wait for this hook forever.
     */
    private static void stopGracefully(ImportLauncher launcher, CountDownLatch finished, AtomicInteger exitCode,
            PrintWriter err) {
        if (launcher.stop()) {
            err.println("kf5-import: stopping after the rows in flight; run the same command again to resume");
            err.flush();
        }
        try {
            if (finished.await(5, TimeUnit.MINUTES)) {
                err.flush();
                Runtime.getRuntime().halt(exitCode.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already shutting down: the hook is running and ends the process itself.
        }
    }
}
