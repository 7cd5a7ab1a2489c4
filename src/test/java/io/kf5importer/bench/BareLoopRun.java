package io.kf5importer.bench;

import io.kf5importer.kf5.Kf5Credentials;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick of measurement 2: the least a client can do to create the same tickets. Posts each request body that
 * {@code kf5-import validate --payloads} wrote to {@code /apiv2/tickets.json}, from as many threads as the importer's
 * concurrency, on one OkHttp client: no throttle, no retries, no ledger, no mapping.
 *
 * <p>Arguments: {@code <base url> <payloads.jsonl> <concurrency> <result.properties>}.
 */
public final class BareLoopRun {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private BareLoopRun() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0] + "/apiv2/tickets.json";
        List<byte[]> bodies = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            bodies.add(line.getBytes(StandardCharsets.UTF_8));
        }
        int concurrency = Integer.parseInt(args[2]);
        String authorization = Kf5Credentials.withToken(BenchSandbox.EMAIL, BenchSandbox.TOKEN).authorizationHeader();
        OkHttpClient http = new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(concurrency, 30, TimeUnit.SECONDS))
                .build();

        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(concurrency, runnable -> {
            Thread thread = new Thread(runnable, "bare-loop");
            thread.setDaemon(true);
            return thread;
        });
        long start = System.nanoTime();
        List<Future<?>> senders = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            senders.add(threads.submit(() -> {
                for (int at = next.getAndIncrement(); at < bodies.size(); at = next.getAndIncrement()) {
                    post(http, url, authorization, bodies.get(at), failures);
                }
                return null;
            }));
        }
        for (Future<?> sender : senders) {
            sender.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        threads.shutdown();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();

        Map<String, Object> result = new TreeMap<>();
        result.put("tickets", bodies.size() - failures.get());
        result.put("failures", failures.get());
        result.put("seconds", seconds);
        result.put("ticketsPerSecond", (bodies.size() - failures.get()) / seconds);
        BenchResults.write(Path.of(args[3]), result);
    }

    /** Posts one body; a connection refused before anything was sent is tried again, anything else counts. */
    private static void post(OkHttpClient http, String url, String authorization, byte[] body, AtomicLong failures) {
        Request request = new Request.Builder().url(url).header("Authorization", authorization)
                .post(RequestBody.create(body, JSON)).build();
        for (int attempt = 1; attempt <= 3; attempt++) {
            try (Response response = http.newCall(request).execute()) {
                response.body().string();
                if (response.code() != 201) {
                    failures.incrementAndGet();
                }
                return;
            } catch (ConnectException refused) {
                // Nothing was sent: safe to try again.
            } catch (IOException e) {
                failures.incrementAndGet();
                return;
            }
        }
        failures.incrementAndGet();
    }
}
