package io.kf5importer.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measurement 3: the importer against a sandbox that answers 429 above R requests a minute, with {@code --rate R}
 * (target: at least 97 % of R achieved, no row failed). Run with {@code --headroom 1} (the whole rate: what the
 * target asks) and with the default headroom 0.9 (a tenth of the rate left to the agents working in KF5, by design).
 */
final class ThrottleBench {

    private static final Logger log = LoggerFactory.getLogger(ThrottleBench.class);
    private static final Pattern FAILED = Pattern.compile("failed\\s+(\\d+)");

    private final ChildProcesses processes;
    private final ImporterRuns importer;
    private final Path work;

    ThrottleBench(ChildProcesses processes, ImporterRuns importer, Path work) {
        this.processes = processes;
        this.importer = importer;
        this.work = work;
    }

    void run(int ratePerMinute, int rows, List<String> headrooms, BenchReport report) throws Exception {
        Path source = BenchExports.csv(Files.createDirectories(work.resolve("inputs")).resolve("throttle-" + rows
                + ".csv"), "T-", rows);
        report.heading("3. Against a sandbox throttled at R = " + ratePerMinute + " requests/minute, --rate "
                + ratePerMinute + " (" + rows + " tickets)");
        report.tableHeader("--headroom", "achieved, first → last ticket (tickets/min)", "% of R",
                "% of R × headroom", "most in any 60 s (tickets)", "429s seen", "rows failed", "took (s)");
        for (String headroom : headrooms) {
            measure(ratePerMinute, rows, headroom, source, report);
        }
        report.line("");
        report.line("Achieved: tickets the sandbox created per minute (every request is a create: the rows have no"
                + " attachments), from the first ticket to the last; most in any 60 s: the most tickets the sandbox"
                + " created in the 60 s from any one of them (its count is read every 2 ms), next to the R it allows"
                + " in each of its fixed one-minute windows; 429s: answers 429 the sandbox gave; took: from launch to"
                + " the last ticket.");
    }

    private void measure(int rate, int rows, String headroom, Path source, BenchReport report) throws Exception {
        String name = "throttle-" + headroom;
        Path home = importer.freshHome(name);
        try {
            BenchSandbox sandbox = BenchSandbox.start(processes, name + "-sandbox", rate);
            long launched;
            try (sandbox) {
                launched = System.currentTimeMillis();
                Process run = importer.start(name, sandbox, home, source, "--rate", String.valueOf(rate),
                        "--headroom", headroom);
                int exit = ChildProcesses.await(run, 20, name);
                log.info("Throttled import with headroom {} ended with {}", headroom, exit);
            }
            List<BenchSandbox.Sample> timeline = sandbox.timeline();
            BenchSandbox.Sample first = sandbox.firstAbove(0, 0);
            BenchSandbox.Sample last = timeline.get(timeline.size() - 1);
            double achieved = perMinute(first, last);
            report.tableRow(headroom, String.format("%.0f", achieved), String.format("%.1f %%", 100 * achieved / rate),
                    String.format("%.1f %%", 100 * achieved / (rate * Double.parseDouble(headroom))),
                    String.valueOf(mostInAMinute(timeline)),
                    String.valueOf(sandbox.requests("status429")), failedRows(name),
                    String.format("%.0f", (last.millis() - launched) / 1000.0));
        } finally {
            ImporterRuns.delete(home);
        }
    }

    private static double perMinute(BenchSandbox.Sample from, BenchSandbox.Sample to) {
        return (to.count() - from.count()) / ((to.millis() - from.millis()) / 60_000.0);
    }

    /** The most tickets created within 60 s of any sample: what a limit counted per minute from there would see. */
    private static long mostInAMinute(List<BenchSandbox.Sample> timeline) {
        long most = 0;
        int end = 0;
        for (int start = 0; start < timeline.size(); start++) {
            long before = start == 0 ? 0 : timeline.get(start - 1).count();
            long until = timeline.get(start).millis() + 60_000;
            while (end + 1 < timeline.size() && timeline.get(end + 1).millis() < until) {
                end++;
            }
            most = Math.max(most, timeline.get(end).count() - before);
        }
        return most;
    }

    private String failedRows(String name) throws Exception {
        Matcher failed = FAILED.matcher(Files.readString(processes.log(name)));
        return failed.find() ? failed.group(1) : "? (see " + processes.log(name) + ")";
    }
}
