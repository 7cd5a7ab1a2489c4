package io.kf5importer.cli;

import io.kf5importer.ledger.ImportRun;
import io.kf5importer.ledger.Ledger;
import io.kf5importer.ledger.LedgerRow;
import io.kf5importer.ledger.RunHistory;
import org.springframework.transaction.PlatformTransactionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code kf5-import status}: the runs and their counts, or one run with its rejected and failed rows. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists the runs with their counts; with a run id, shows that run and its problem rows.")
final class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "A run id.")
    Long runId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Runs to list.")
    int limit;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = ImporterContext.start(database, new Class<?>[0])) {
            DataSource dataSource = context.getBean(DataSource.class);
            RunHistory history = new RunHistory(dataSource);
            if (runId == null) {
                printRuns(out, history.recent(limit));
                return ExitCode.OK;
            }
            ImportRun run = history.find(runId).orElseThrow(() ->
                    new IllegalArgumentException("there is no run " + runId + "; 'kf5-import status' lists them"));
            printRuns(out, List.of(run));
            Ledger ledger = new Ledger(dataSource, context.getBean(PlatformTransactionManager.class));
            printProblems(out, run, ledger.problemsOfRun(runId));
            return ExitCode.OK;
        } finally {
            out.flush();
        }
    }

    private static void printRuns(PrintWriter out, List<ImportRun> runs) {
        if (runs.isEmpty()) {
            out.println("No runs yet.");
            return;
        }
        out.printf(Locale.ROOT, "%5s  %-19s  %-19s  %-9s  %7s  %7s  %7s  %8s  %6s  %7s  %7s  %s%n", "RUN",
                "STARTED", "FINISHED", "STATE", "READ", "CREATED", "SKIPPED", "REJECTED", "FAILED", "UPDATED",
                "CHANGED", "FILE");
        for (ImportRun run : runs) {
            out.printf(Locale.ROOT, "%5d  %-19s  %-19s  %-9s  %7d  %7d  %7d  %8d  %6d  %7d  %7d  %s%n", run.id(),
                    time(run.startedAt()), time(run.finishedAt()), run.state(), run.counts().read(),
                    run.counts().created(), run.counts().skipped(), run.counts().rejected(), run.counts().failed(),
                    run.counts().updated(), run.counts().changed(), run.sourceFile());
        }
    }

    private static void printProblems(PrintWriter out, ImportRun run, List<LedgerRow> rows) {
        out.println("Target: " + run.targetUrl() + "   mapping: " + run.mappingFile());
        if (run.message() != null) {
            out.println("Ended with: " + run.message());
        }
        if (run.reportFolder() != null) {
            out.println("Reports: " + run.reportFolder());
        }
        if (rows.isEmpty()) {
            out.println("No rejected or failed rows left from this run.");
            return;
        }
        for (LedgerRow row : rows) {
            out.printf(Locale.ROOT, "  row %d (key %s) %s: %s%n", row.rowNumber(), row.key(), row.state(),
                    row.message());
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}
