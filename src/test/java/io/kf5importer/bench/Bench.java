package io.kf5importer.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The benchmark harness that {@code scripts/bench.sh} runs on the test classpath: generates its inputs, measures
 * the parts asked for, and writes a Markdown report.
 *
 * <p>Arguments: {@code --work DIR} (inputs, logs, report), {@code --script FILE} (the importer's launcher),
 * {@code --mapping FILE}, {@code --quick} (100k-row files only, one run of each end-to-end measurement, shorter runs),
 * {@code --parts read,e2e,throttle,restart}.
 */
public final class Bench {

    private static final Logger log = LoggerFactory.getLogger(Bench.class);

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = Arrays.asList(args);
        Path work = Path.of(option(options, "--work", "target/bench")).toAbsolutePath();
        Path script = Path.of(option(options, "--script", "scripts/kf5-import")).toAbsolutePath();
        Path mapping = Path.of(option(options, "--mapping", "config/mapping.yml")).toAbsolutePath();
        boolean quick = options.contains("--quick");
        List<String> parts = List.of(option(options, "--parts", "read,e2e,throttle,restart").split(","));
        Path logs = Files.createDirectories(work.resolve("logs"));
        ChildProcesses processes = new ChildProcesses(script, logs);
        BenchReport report = new BenchReport(work.resolve("report.md"));

        if (parts.contains("read")) {
            log.info("Measuring read + map");
            List<Long> sizes = quick ? List.of(100_000L) : List.of(100_000L, 1_000_000L);
            new ReadAndMapBench(processes, work.resolve("inputs"), mapping, 3).run(sizes, report);
        }
        ImporterRuns importer = new ImporterRuns(processes, mapping, work.resolve("homes"));
        if (parts.contains("e2e")) {
            log.info("Measuring end to end against the bare loop");
            EndToEndBench endToEnd = new EndToEndBench(processes, importer, work, mapping);
            endToEnd.run(quick ? 5_000 : 12_000, 0, 4, quick ? 1 : 3, report);
            endToEnd.run(quick ? 1_000 : 2_000, 50, 4, quick ? 1 : 2, report);
        }
        if (parts.contains("throttle")) {
            log.info("Measuring against a throttled sandbox");
            new ThrottleBench(processes, importer, work).run(600, quick ? 300 : 900, List.of("1.0", "0.9"), report);
        }
        if (parts.contains("restart")) {
            log.info("Measuring a restart after kill -9");
            new RestartBench(processes, importer, work).run(quick ? 2_000 : 4_000, quick ? 1 : 3, report);
        }
        log.info("Report: {}", work.resolve("report.md"));
    }

    private static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? options.get(at + 1) : fallback;
    }
}
