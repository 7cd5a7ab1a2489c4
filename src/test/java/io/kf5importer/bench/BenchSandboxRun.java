package io.kf5importer.bench;

import io.kf5importer.sandbox.RequestLogEntry;
import io.kf5importer.sandbox.SandboxFaults;
import io.kf5importer.sandbox.SandboxServer;
import io.kf5importer.sandbox.SandboxSettings;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;

/**
 * The sandbox of the benchmarks, in a JVM of its own: the same {@link SandboxServer} that {@code kf5-import sandbox}
 * runs, plus a timeline of its ticket count read in-process every {@value #SAMPLE_MILLIS} ms. Measuring from inside
 * the sandbox costs the client nothing: no request of the rate limit is spent on it, and the times are the times the
 * tickets were made, for the importer and the bare loop alike.
 *
 * <p>Arguments: {@code <rate per minute, 0 for none> <folder> [<latency ms>]}; a latency holds every request that
 * long before it is handled (the sandbox's {@code slow} fault on every request), as a KF5 far away would. In the
 * folder: {@code url} once it listens;
 * {@code timeline}, a line {@code <epoch millis> <ticket count>} whenever the count changes; {@code summary.properties}
 * (requests by status, tickets) when the process is stopped (SIGTERM).
 */
public final class BenchSandboxRun {

    static final long SAMPLE_MILLIS = 2;

    private BenchSandboxRun() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        SandboxSettings settings = SandboxSettings.defaults().withRatePerMinute(rate);
        if (args.length > 2 && Long.parseLong(args[2]) > 0) {
            settings = settings.withFaults(SandboxFaults.parse("slow=1"), 1L)
                    .withSlowDelay(Duration.ofMillis(Long.parseLong(args[2])));
        }
        SandboxServer server = SandboxServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            writeSummary(server, folder.resolve("summary.properties"));
            server.close();
        }, "bench-sandbox-stop"));
        Path url = folder.resolve("url");
        Files.writeString(url.resolveSibling("url.partial"), server.url(), StandardCharsets.UTF_8);
        Files.move(url.resolveSibling("url.partial"), url);

        try (BufferedWriter lines = Files.newBufferedWriter(folder.resolve("timeline"), StandardCharsets.UTF_8)) {
            long last = -1;
            while (stopped.getCount() > 0) {
                long count = server.state().ticketCount();
                if (count != last) {
                    lines.write(System.currentTimeMillis() + " " + count + "\n");
                    lines.flush();
                    last = count;
                }
                Thread.sleep(SAMPLE_MILLIS);
            }
        }
    }

    private static void writeSummary(SandboxServer server, Path summary) {
        Map<String, Object> numbers = new TreeMap<>();
        for (RequestLogEntry request : server.state().requests()) {
            numbers.merge("status" + request.status(), 1, (a, b) -> (Integer) a + (Integer) b);
            numbers.merge("requests", 1, (a, b) -> (Integer) a + (Integer) b);
        }
        numbers.put("tickets", server.state().ticketCount());
        try {
            BenchResults.write(summary, numbers);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + summary, e);
        }
    }
}
