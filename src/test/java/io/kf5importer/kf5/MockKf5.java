package io.kf5importer.kf5;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MockWebServer on 127.0.0.1 standing in for a KF5 account, and the clients talking to it on a fake clock: backoff
 * and {@code Retry-After} waits take no real time.
 */
final class MockKf5 implements AutoCloseable {

    static final String EMAIL = "agent@acme.example";

    static final String API_TOKEN = "s3cr3t-test-token";

    static final Kf5Credentials TOKEN = Kf5Credentials.withToken(EMAIL, API_TOKEN);

    /** Fast enough never to wait in a test; three attempts; two-second timeouts. */
    static final Kf5ClientSettings SETTINGS = new Kf5ClientSettings(6000, 2, Duration.ofSeconds(2),
            Duration.ofSeconds(2), 3);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final MockWebServer server = new MockWebServer();

    final FakeTicker ticker = new FakeTicker();

    private final List<Kf5Client> clients = new ArrayList<>();

    MockKf5() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getPort();
    }

    Kf5Client client() {
        return client(TOKEN, SETTINGS);
    }

    Kf5Client client(Kf5Credentials credentials, Kf5ClientSettings settings) {
        return clientOf(baseUrl(), credentials, settings);
    }

    Kf5Client clientOf(String baseUrl, Kf5Credentials credentials, Kf5ClientSettings settings) {
        Kf5Client client = new Kf5Client(baseUrl, credentials, settings, ticker);
        clients.add(client);
        return client;
    }

    void answer(int status, String body) {
        server.enqueue(json(status, body).build());
    }

    void answer(MockResponse.Builder response) {
        server.enqueue(response.build());
    }

    static MockResponse.Builder json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body);
    }

    /**
     * The next request the server received. The call under test has returned by then, so it is already there; the
     * bound only keeps a broken test from hanging.
     */
    RecordedRequest takeRequest() throws InterruptedException {
        RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
        if (request == null) {
            throw new AssertionError("the server received no request");
        }
        return request;
    }

    static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    @Override
    public void close() {
        clients.forEach(Kf5Client::close);
        server.close();
    }
}
