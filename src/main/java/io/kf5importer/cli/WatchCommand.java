package io.kf5importer.cli;

import io.kf5importer.job.ImportRequest;
import io.kf5importer.kf5.Kf5ClientSettings;
import io.kf5importer.mapping.MappingConfig;
import io.kf5importer.schedule.CronSchedule;
import io.kf5importer.schedule.FileImportResult;
import io.kf5importer.schedule.FileImportResult.Outcome;
import io.kf5importer.schedule.Inbox;
import io.kf5importer.schedule.InboxWatcher;
import io.kf5importer.schedule.IntervalSchedule;
import io.kf5importer.schedule.Schedule;
import io.kf5importer.source.SourceOptions;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code kf5-import watch}: imports the files dropped into an inbox, on a schedule. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watches an inbox folder on a schedule: each export that stopped changing is imported like"
                + " 'import' does, then moved to processed/ (every row imported) or failed/ (rows rejected or failed,"
                + " or the file unusable) with its reports beside it. Schedulers sharing a database never import one"
                + " file twice.")
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Kf5ImportCommand root;

    @Option(names = "--inbox", required = true, paramLabel = "DIR", description = "The folder to watch.")
    Path inbox;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping (YAML).")
    Path mapping;

    @ArgGroup(exclusive = true, multiplicity = "1")
    When when;

    @Option(names = "--stable-for", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long a file's size and modification time must stay the same before it is imported;"
                    + " default ${DEFAULT-VALUE}.")
    Duration stableFor;

    @Mixin
    SendingOptions sending;

    @Mixin
    RunOptions run;

    @Mixin
    TargetOptions target;

    @Mixin
    DatabaseOptions database;

    /** When to look at the inbox: exactly one of these. */
    static final class When {

        @Option(names = "--cron", paramLabel = "EXPR",
                description = "Look when this cron expression matches: crontab's five fields ('0 2 * * *': 02:00 every"
                        + " day) or Spring's six (with seconds first).")
        String cron;

        @Option(names = "--every", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Look now, then every DURATION (30s, 10m, 1h).")
        Duration every;

        @Option(names = "--once", description = "Look once now and exit (for cron or a systemd timer).")
        boolean once;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        run.logFormat().apply();
        checkSettings();
        Schedule schedule = schedule();
        try (var context = ImporterContext.start(database, new Class<?>[0])) {
            InboxImport importer = new InboxImport(this::request, run, database, root.clock(), out, err);
            InboxWatcher watcher = new InboxWatcher(new Inbox(inbox), stableFor, root.clock(), root.pause(),
                    importer, context.getBean(DataSource.class));
            if (when.once) {
                return exitCode(watcher.look());
            }
            CountDownLatch finished = new CountDownLatch(1);
            Thread stopOnSignal = new Thread(() -> stop(watcher, importer, finished, err, context), "watch-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            try {
                watcher.run(schedule);
                return ExitCode.OK;
            } finally {
                finished.countDown();
                ImportCommand.removeHook(stopOnSignal);
            }
        }
    }

    /** Checks what every file will need before watching, so that a mistake shows now rather than at 02:00. */
    private void checkSettings() {
        if (!Files.isDirectory(inbox)) {
            throw new IllegalArgumentException("--inbox " + inbox + " is not a folder");
        }
        ImportCommand.requireFile(mapping, "--mapping");
        MappingConfig.load(mapping);
        target.url();
        target.credentials();
    }

    /** The import of one inbox file, as {@code import --source FILE} with this command's options. */
    private ImportRequest request(Path file) {
        Kf5ClientSettings client = sending.clientSettings();
        return new ImportRequest(file, mapping, SourceOptions.defaults(), target.url(), target.credentials(), client,
                sending.chunkSize, ImportRequest.defaultSettleAfter(client), run.stopAt(root.clock()),
                run.updateChanged, run.reports);
    }

    private Schedule schedule() {
        if (when.cron != null) {
            return CronSchedule.parse(when.cron, root.clock().getZone());
        }
        return when.every != null ? new IntervalSchedule(when.every) : null;
    }

    /**
     * With {@code --once}: 3 when a file was left for later (stopped, or the database busy), else 1 when a file went
     * to {@code failed/}, else 0.
     */
    static int exitCode(List<FileImportResult> results) {
        if (results.stream().anyMatch(result -> result.outcome().folder() == null)) {
            return ExitCode.STOPPED;
        }
        boolean failed = results.stream().anyMatch(result -> result.outcome() != Outcome.IMPORTED);
        return failed ? ExitCode.ROWS_NOT_IMPORTED : ExitCode.OK;
    }

    /**
     * On Ctrl-C or SIGTERM: no new file is taken; the one being imported stops after its chunk in flight. A watcher
     * between looks closes its database at once (an embedded PostgreSQL is stopped rather than left running).
     */
    private static void stop(InboxWatcher watcher, InboxImport importer, CountDownLatch finished, PrintWriter err,
            ConfigurableApplicationContext context) {
        watcher.stop();
        if (!importer.stopCurrent()) {
            context.close();
            return;
        }
        err.println("kf5-import: stopping the import in progress after the rows in flight; the next look resumes it");
        try {
            finished.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
