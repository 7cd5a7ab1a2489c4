package io.kf5importer.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Measurement 4: an import killed with {@code kill -9} half way, then run again with the same command. Reports the
 * time from the rerun's launch to its first new ticket, the rerun's total time, and the duplicates (keys carried by
 * more than one ticket; must be none) and missing tickets once it is done.
 */
final class RestartBench {

    private static final Logger log = LoggerFactory.getLogger(RestartBench.class);

    /**
     * Unthrottled; a 10 s read timeout makes the settle delay 20 s instead of 120 s: the rows the killed run left in
     * flight are settled at the end of the rerun, after it, and the rest of the rerun does not wait for them.
     */
    private static final String[] OPTIONS = {"--rate", "1000000", "--read-timeout", "10"};

    private final ChildProcesses processes;
    private final ImporterRuns importer;
    private final Path work;

    RestartBench(ChildProcesses processes, ImporterRuns importer, Path work) {
        this.processes = processes;
        this.importer = importer;
        this.work = work;
    }

    void run(int rows, int repeats, BenchReport report) throws Exception {
        Path source = BenchExports.csv(Files.createDirectories(work.resolve("inputs")).resolve("restart-" + rows
                + ".csv"), "R-", rows);
        report.heading("4. Restart after kill -9 half way (" + rows + " tickets, unthrottled sandbox, concurrency 4,"
                + " --read-timeout 10 so the settle delay is 20 s)");
        report.tableHeader("run", "killed at (tickets)", "created after the kill",
                "rerun launch → first new ticket (s)",
                "rerun launch → last ticket (s)", "rerun exit", "tickets", "duplicates");
        Medians firstNew = new Medians();
        for (int run = 1; run <= repeats; run++) {
            firstNew.add(measure(run, source, rows, report));
        }
        report.line("");
        report.line("Median launch → first new ticket: **%s s**. The rerun's launch includes the JVM, Spring, stopping"
                + " the PostgreSQL the killed process left running and starting it again, and the job's restart.",
                firstNew.describe("%.2f"));
    }

    private double measure(int run, Path source, int rows, BenchReport report) throws Exception {
        Path home = importer.freshHome("restart-" + run);
        try (BenchSandbox sandbox = BenchSandbox.start(processes, "restart-sandbox-" + run, 0)) {
            Process first = importer.start("restart-" + run + "-killed", sandbox, home, source, OPTIONS);
            // Half way, and off the chunk boundaries (chunks of 50), so that rows are in flight when it dies.
            sandbox.awaitCount(rows / 2 + 17, 300_000, first);
            first.destroyForcibly();
            first.waitFor();
            long atKill = sandbox.timeline().get(sandbox.timeline().size() - 1).count();
            // Creates already in the sandbox's hands finish after the kill: wait until the count stops moving.
            long settled = awaitQuiet(sandbox);
            long afterKill = settled - atKill;

            long launched = System.currentTimeMillis();
            Process rerun = importer.start("restart-" + run + "-rerun", sandbox, home, source, OPTIONS);
            int exit = ChildProcesses.await(rerun, 20, "rerun");
            BenchSandbox.Sample firstNew = sandbox.firstAbove(settled, launched);
            BenchSandbox.Sample last = sandbox.timeline().get(sandbox.timeline().size() - 1);
            Map<String, Integer> duplicates = sandbox.duplicates();
            double toFirstNew = firstNew == null ? Double.NaN : (firstNew.millis() - launched) / 1000.0;
            log.info("Restart {}: killed at {} tickets (+{} after), first new ticket {} s after the rerun's launch, "
                    + "{} tickets, duplicates {}", run, atKill, afterKill, toFirstNew, last.count(), duplicates);
            report.tableRow(String.valueOf(run), String.valueOf(atKill), "+" + afterKill,
                    String.format("%.2f", toFirstNew), String.format("%.1f", (last.millis() - launched) / 1000.0),
                    String.valueOf(exit), last.count() + " of " + rows, duplicates.isEmpty() ? "0"
                            : duplicates.size() + " " + duplicates);
            return toFirstNew;
        } finally {
            ImporterRuns.delete(home);
        }
    }

    /** The ticket count once it has not moved for a second. */
    private static long awaitQuiet(BenchSandbox sandbox) throws Exception {
        long count = -1;
        while (true) {
            Thread.sleep(1_000);
            long now = sandbox.timeline().get(sandbox.timeline().size() - 1).count();
            if (now == count) {
                return now;
            }
            count = now;
        }
    }
}
