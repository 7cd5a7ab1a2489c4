package io.kf5importer.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measurement 2: the importer end to end against an unthrottled sandbox in another process, next to a bare OkHttp
 * loop posting the same request bodies at the same concurrency (target: the importer at 0.9 of the loop or better).
 * Both are timed by the sandbox, by when their tickets appear; each run gets a fresh sandbox and the importer a
 * fresh ledger. The runs alternate (loop, importer, loop, ...) so that both see the machine's load alike.
 */
final class EndToEndBench {

    private static final Logger log = LoggerFactory.getLogger(EndToEndBench.class);

    /** The pace is read from this share of the tickets on: both clients' start-up and JIT warm-up are left out. */
    private static final double STEADY_FROM = 0.2;

    private final ChildProcesses processes;
    private final ImporterRuns importer;
    private final Path work;
    private final Path mapping;

    EndToEndBench(ChildProcesses processes, ImporterRuns importer, Path work, Path mapping) {
        this.processes = processes;
        this.importer = importer;
        this.work = work;
        this.mapping = mapping;
    }

    /** One series of runs; {@code latencyMillis} holds every request that long in the sandbox (0: none). */
    void run(int rows, long latencyMillis, int concurrency, int repeats, BenchReport report) throws Exception {
        Path source = BenchExports.csv(Files.createDirectories(work.resolve("inputs")).resolve("e2e-" + rows + ".csv"),
                "E-", rows);
        Path payloads = payloads(source);
        Pace bare = new Pace();
        Pace imported = new Pace();
        Medians ratios = new Medians();
        for (int run = 1; run <= repeats; run++) {
            String name = "e2e-" + latencyMillis + "ms-" + run;
            double bareRate = bareLoop(name, payloads, concurrency, rows, latencyMillis, bare);
            double importerRate = importer(name, source, concurrency, rows, latencyMillis, imported);
            ratios.add(importerRate / bareRate);
            log.info("End to end ({} ms latency), run {}: bare loop {} tickets/s, importer {} tickets/s", latencyMillis,
                    run, Math.round(bareRate), Math.round(importerRate));
        }
        report.heading("2" + (latencyMillis == 0 ? "a" : "b") + ". End to end, unthrottled sandbox in another process"
                + (latencyMillis == 0 ? ", on this machine" : ", every request held " + latencyMillis + " ms")
                + " (" + rows + " tickets, concurrency " + concurrency + ", median of " + repeats + " runs)");
        report.tableHeader("client", "tickets/s", "process launch → first ticket (s)", "CPU ms per ticket: client",
                "its PostgreSQL", "sandbox");
        bare.report("bare OkHttp loop", report);
        imported.report("kf5-import import", report);
        report.line("");
        report.line("Importer / bare loop: **%.2f** (median of the per-run ratios: %s; target ≥ 0.90).",
                imported.rate.median() / bare.rate.median(), ratios.describe("%.2f"));
        report.line("Tickets/s: as the sandbox saw them appear, from the %.0f %% mark to the last (start-up and JIT"
                + " warm-up left out); CPU: user + system time of each process group over the same tickets.",
                STEADY_FROM * 100);
    }

    private Path payloads(Path source) throws Exception {
        Path payloads = source.resolveSibling(source.getFileName() + ".payloads.jsonl");
        if (Files.exists(payloads)) {
            return payloads;
        }
        String name = "e2e-validate";
        int exit = ChildProcesses.await(processes.kf5Import(name, Map.of(), "validate", "--source", source.toString(),
                "--mapping", mapping.toString(), "--payloads", payloads.toString()), 10, name);
        if (exit != 0) {
            throw new IllegalStateException("validate ended with " + exit + ": see " + processes.log(name));
        }
        return payloads;
    }

    private double bareLoop(String name, Path payloads, int concurrency, int rows, long latencyMillis, Pace pace)
            throws Exception {
        try (BenchSandbox sandbox = BenchSandbox.start(processes, name + "-bare-sandbox", 0, latencyMillis)) {
            long launched = System.currentTimeMillis();
            Process loop = processes.testClass(name + "-bare", List.of("-Xmx512m"), BareLoopRun.class, sandbox.url(),
                    payloads.toString(), String.valueOf(concurrency), processes.log(name + "-bare-result").toString());
            try (CpuWatch cpu = watch(loop, sandbox, null)) {
                if (ChildProcesses.await(loop, 20, name) != 0) {
                    throw new IllegalStateException("the bare loop failed: see " + processes.log(name + "-bare"));
                }
                String failures = BenchResults.read(processes.log(name + "-bare-result")).getProperty("failures");
                if (!"0".equals(failures)) {
                    throw new IllegalStateException("the bare loop had " + failures + " failed posts");
                }
                return pace.add(sandbox, cpu, rows, launched);
            }
        }
    }

    private double importer(String name, Path source, int concurrency, int rows, long latencyMillis, Pace pace)
            throws Exception {
        Path home = importer.freshHome(name);
        try (BenchSandbox sandbox = BenchSandbox.start(processes, name + "-import-sandbox", 0, latencyMillis)) {
            long launched = System.currentTimeMillis();
            Process run = importer.start(name + "-import", sandbox, home, source, "--rate", "1000000",
                    "--concurrency", String.valueOf(concurrency));
            try (CpuWatch cpu = watch(run, sandbox, home)) {
                if (ChildProcesses.await(run, 30, name) != 0) {
                    throw new IllegalStateException("the import failed: see " + processes.log(name + "-import"));
                }
                return pace.add(sandbox, cpu, rows, launched);
            }
        } finally {
            ImporterRuns.delete(home);
        }
    }

    private static CpuWatch watch(Process client, BenchSandbox sandbox, Path home) {
        Map<String, Supplier<List<ProcessHandle>>> groups = new LinkedHashMap<>();
        groups.put("client", () -> CpuWatch.withDescendants(client.toHandle()));
        groups.put("postgres", () -> home == null ? List.of()
                : CpuWatch.byCommandLine(home.resolve("pgdata").toString()));
        groups.put("sandbox", () -> CpuWatch.withDescendants(sandbox.process()));
        return new CpuWatch(groups);
    }

    /** One client's runs: pace, start-up, and CPU per ticket of it, its database and the sandbox. */
    private static final class Pace {

        final Medians rate = new Medians();
        final Medians start = new Medians();
        final Map<String, Medians> cpu = new LinkedHashMap<>();

        /**
         * Reads one run from the sandbox's timeline: the pace from {@link #STEADY_FROM} of the tickets to the last, and
         * the CPU from there to nine tenths (the client may exit right after its last ticket, its database with it).
         */
        double add(BenchSandbox sandbox, CpuWatch watch, int rows, long launched) throws Exception {
            sandbox.awaitCount(rows, 10_000, null);
            start.add((sandbox.firstAbove(0, 0).millis() - launched) / 1000.0);
            long steady = (long) (rows * STEADY_FROM);
            BenchSandbox.Sample from = sandbox.firstAbove(steady - 1, 0);
            BenchSandbox.Sample to = sandbox.firstAbove(rows * 9L / 10 - 1, 0);
            watch.perTicket(from.millis(), to.millis(), to.count() - from.count())
                    .forEach((group, ms) -> cpu.computeIfAbsent(group, name -> new Medians()).add(ms));
            double pace = sandbox.ticketsPerSecond(steady, rows);
            rate.add(pace);
            return pace;
        }

        void report(String client, BenchReport report) throws java.io.IOException {
            report.tableRow(client, rate.describe("%.0f"), start.describe("%.2f"), cpu.get("client").describe("%.2f"),
                    cpu.get("postgres").max() == 0 ? "–" : cpu.get("postgres").describe("%.2f"),
                    cpu.get("sandbox").describe("%.2f"));
        }
    }
}
