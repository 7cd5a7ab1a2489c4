package io.kf5importer.bench;

import io.kf5importer.kf5.Kf5Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A sandbox in a process of its own ({@link BenchSandboxRun}), as an import meets KF5: its ticket-count timeline,
 * its list of tickets (to count duplicates), and its count of requests by status once stopped.
 */
final class BenchSandbox implements AutoCloseable {

    static final String EMAIL = "agent@example.com";
    static final String TOKEN = "sandbox";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A ticket count and when the sandbox first held it ({@link System#currentTimeMillis()}). */
    record Sample(long millis, long count) {
    }

    private final Process process;
    private final Path folder;
    private final String url;
    private final OkHttpClient http = new OkHttpClient();
    private final String authorization = Kf5Credentials.withToken(EMAIL, TOKEN).authorizationHeader();
    private Properties summary;

    private BenchSandbox(Process process, Path folder, String url) {
        this.process = process;
        this.folder = folder;
        this.url = url;
    }

    /** Starts a sandbox answering 429 above {@code ratePerMinute} (0: no limit) and waits until it listens. */
    static BenchSandbox start(ChildProcesses processes, String name, int ratePerMinute) throws Exception {
        return start(processes, name, ratePerMinute, 0);
    }

    /** The same, holding every request {@code latencyMillis} before handling it, as a KF5 far away would. */
    static BenchSandbox start(ChildProcesses processes, String name, int ratePerMinute, long latencyMillis)
            throws Exception {
        Path folder = Files.createDirectories(processes.log(name).resolveSibling(name));
        for (String file : List.of("url", "timeline", "summary.properties")) {
            Files.deleteIfExists(folder.resolve(file));
        }
        Process process = processes.testClass(name, List.of("-Xmx512m"), BenchSandboxRun.class,
                String.valueOf(ratePerMinute), folder.toString(), String.valueOf(latencyMillis));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(folder.resolve("url"))) {
                return new BenchSandbox(process, folder, Files.readString(folder.resolve("url")));
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the sandbox did not start: see " + processes.log(name));
    }

    /** The environment that points {@code kf5-import import} at this sandbox. */
    Map<String, String> target() {
        return Map.of("KF5_URL", url, "KF5_EMAIL", EMAIL, "KF5_API_TOKEN", TOKEN);
    }

    String url() {
        return url;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** Every change of the ticket count so far, oldest first. */
    List<Sample> timeline() throws IOException {
        List<Sample> samples = new ArrayList<>();
        String text = Files.readString(folder.resolve("timeline"), StandardCharsets.UTF_8);
        // Only whole lines: the last one may be half written.
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 2) {
                samples.add(new Sample(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            }
        }
        return samples;
    }

    /** The first sample at or after {@code millis} whose count is above {@code count}, or null. */
    Sample firstAbove(long count, long millis) throws IOException {
        return timeline().stream().filter(sample -> sample.millis() >= millis && sample.count() > count).findFirst()
                .orElse(null);
    }

    /** Waits, reading the timeline every few milliseconds, until the sandbox holds {@code count} tickets. */
    Sample awaitCount(long count, long timeoutMillis, Process client) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            Sample reached = firstAbove(count - 1, 0);
            if (reached != null) {
                return reached;
            }
            if (client != null && !client.isAlive()) {
                throw new IllegalStateException("the client ended (exit " + client.exitValue() + ") before the "
                        + "sandbox held " + count + " tickets");
            }
            Thread.sleep(5);
        }
        throw new TimeoutException("the sandbox did not reach " + count + " tickets in " + timeoutMillis + " ms");
    }

    /** Tickets per second from the first sample above {@code base} to the sample that reached {@code last}. */
    double ticketsPerSecond(long base, long last) throws IOException {
        Sample first = firstAbove(base, 0);
        Sample end = firstAbove(last - 1, 0);
        if (first == null || end == null || end.millis() == first.millis()) {
            throw new IllegalStateException("no pace can be read between " + base + " and " + last + " tickets");
        }
        return (end.count() - first.count()) / ((end.millis() - first.millis()) / 1000.0);
    }

    /** Keys that more than one ticket carries (custom field {@code field_201}), with how many tickets carry each. */
    Map<String, Integer> duplicates() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (int page = 1; ; page++) {
            JsonNode answer = get("/apiv2/tickets.json?per_page=100&page=" + page);
            for (JsonNode ticket : answer.path("tickets")) {
                counts.merge(marker(ticket), 1, Integer::sum);
            }
            if (answer.path("next_page").isNull() || answer.path("tickets").isEmpty()) {
                counts.values().removeIf(count -> count == 1);
                return counts;
            }
        }
    }

    /** Requests by status ({@code status429}...) and {@code requests}, read once the sandbox is stopped. */
    long requests(String key) {
        if (summary == null) {
            throw new IllegalStateException("the sandbox's request counts are read once it is stopped");
        }
        return Long.parseLong(summary.getProperty(key, "0"));
    }

    private static String marker(JsonNode ticket) {
        for (JsonNode field : ticket.path("custom_fields")) {
            if ("field_201".equals(field.path("name").asString())) {
                return field.path("value").asString();
            }
        }
        return "(no marker) " + ticket.path("id").asString();
    }

    private JsonNode get(String path) throws IOException {
        Request request = new Request.Builder().url(url + path).header("Authorization", authorization).build();
        try (Response response = http.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IOException("GET " + path + " answered " + response.code());
            }
            return JSON.readTree(response.body().string());
        }
    }

    @Override
    public void close() throws Exception {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return;
        }
        Path file = folder.resolve("summary.properties");
        summary = Files.exists(file) ? BenchResults.read(file) : new Properties();
    }
}
