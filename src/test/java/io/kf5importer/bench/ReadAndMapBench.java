package io.kf5importer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * Measurement 1: read + map throughput of CSV and {@code .xlsx} exports, one thread, each run in a fresh JVM under
 * {@code -Xmx256m}, and the heap each needed (targets: CSV 200k rows/s, {@code .xlsx} 50k rows/s, within 256 MB and
 * flat as files grow).
 */
final class ReadAndMapBench {

    private static final String MAX_HEAP = "-Xmx256m";
    private static final long WARM_UP_ROWS = 30_000;

    private final ChildProcesses processes;
    private final Path inputs;
    private final Path mapping;
    private final int repeats;

    ReadAndMapBench(ChildProcesses processes, Path inputs, Path mapping, int repeats) {
        this.processes = processes;
        this.inputs = inputs;
        this.mapping = mapping;
        this.repeats = repeats;
    }

    void run(List<Long> sizes, BenchReport report) throws Exception {
        report.heading("1. Read + map, one thread (" + MAX_HEAP + ", median of " + repeats + " runs)");
        report.tableHeader("file", "rows", "rows/s", "rows per CPU-second", "peak heap used (MB)",
                "max heap after a GC (MB)", "live heap midway (MB)");
        for (String format : List.of("csv", "xlsx")) {
            for (long rows : sizes) {
                measure(format, rows, report);
            }
        }
        report.line("");
        report.line("Rows/s: wall clock, one thread, after a warm-up of the first rows; rows per CPU-second: the same"
                + " rows over the reading thread's CPU time (what one free core would do, the machine's other load"
                + " left out). Peak heap used: the heap pools' peaks, garbage included (it grows toward -Xmx with any"
                + " allocation); after a GC: the most the heap held right after a collection; live midway: the heap"
                + " in use after a full collection half way through the file.");
    }

    private void measure(String format, long rows, BenchReport report) throws Exception {
        Path file = input(format, rows);
        Medians rate = new Medians();
        Medians cpuRate = new Medians();
        Medians peak = new Medians();
        Medians afterCollection = new Medians();
        Medians live = new Medians();
        for (int run = 1; run <= repeats; run++) {
            String name = "read-" + format + "-" + rows + "-" + run;
            Path result = processes.log(name + "-result");
            Process child = processes.testClass(name, List.of(MAX_HEAP), ReadAndMapRun.class, file.toString(),
                    mapping.toString(), String.valueOf(Math.min(WARM_UP_ROWS, rows)), result.toString());
            int exit = ChildProcesses.await(child, 15, "reading " + file);
            if (exit != 0) {
                throw new IllegalStateException("reading " + file + " ended with " + exit + ": see "
                        + processes.log(name));
            }
            Properties numbers = BenchResults.read(result);
            requireAllGood(numbers, rows, file);
            rate.add(Double.parseDouble(numbers.getProperty("rowsPerSecond")));
            cpuRate.add(Double.parseDouble(numbers.getProperty("rowsPerCpuSecond")));
            peak.add(Double.parseDouble(numbers.getProperty("peakUsedMb")));
            afterCollection.add(Double.parseDouble(numbers.getProperty("maxAfterCollectionMb")));
            live.add(Double.parseDouble(numbers.getProperty("liveMidwayMb")));
        }
        report.tableRow(format, String.format("%,d", rows), rate.describe("%,.0f"), cpuRate.describe("%,.0f"),
                peak.describe("%.0f"),
                afterCollection.describe("%.0f"), live.describe("%.0f"));
    }

    private static void requireAllGood(Properties numbers, long rows, Path file) {
        long read = Long.parseLong(numbers.getProperty("rows"));
        if (read != rows || Long.parseLong(numbers.getProperty("good")) != rows) {
            throw new IllegalStateException(file + ": expected " + rows + " good rows, got " + numbers);
        }
    }

    private Path input(String format, long rows) throws IOException {
        Files.createDirectories(inputs);
        Path file = inputs.resolve("tickets-" + rows + "." + format);
        return "csv".equals(format) ? BenchExports.csv(file, "B-", rows) : BenchExports.xlsx(file, "B-", rows);
    }
}
