package io.kf5importer.sandbox;

import okhttp3.Credentials;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Duration;

/**
 * Talks to a sandbox over real HTTP with OkHttp, signed in as the default agent. It never re-sends a request by
 * itself, so that a test sees each dropped connection.
 */
final class SandboxClient {

    static final String EMAIL = "agent@example.com";
    static final String API_TOKEN = "sandbox";

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType BINARY = MediaType.get("application/binary");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final OkHttpClient http;
    private final String baseUrl;
    private final String authorization;

    private SandboxClient(OkHttpClient http, String baseUrl, String authorization) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    SandboxClient(SandboxServer sandbox) {
        this(new OkHttpClient.Builder().retryOnConnectionFailure(false).build(), sandbox.url(),
                Credentials.basic(EMAIL + "/token", API_TOKEN));
    }

    /** The same client signing in with this Basic user and secret, or not at all when {@code user} is null. */
    SandboxClient signedInAs(String user, String secret) {
        return new SandboxClient(http, baseUrl, user == null ? null : Credentials.basic(user, secret));
    }

    SandboxClient withReadTimeout(Duration timeout) {
        return new SandboxClient(http.newBuilder().readTimeout(timeout).build(), baseUrl, authorization);
    }

    /** {@code {"ticket": {"title": ..., "comment": {"content": ...}, <members>}}}: a valid ticket plus members. */
    static String ticketWith(String members) {
        String valid = "\"title\": \"打印机无法连接\", \"comment\": {\"content\": \"三楼的打印机连不上了\"}";
        return "{\"ticket\": {" + valid + (members.isBlank() ? "" : ", " + members) + "}}";
    }

    Reply get(String pathAndQuery) throws IOException {
        return call(new Request.Builder().url(baseUrl + pathAndQuery));
    }

    /** GET of a full URL, such as a {@code next_page} link. */
    Reply getUrl(String url) throws IOException {
        return call(new Request.Builder().url(url));
    }

    Reply post(String path, String json) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).post(RequestBody.create(json, JSON)));
    }

    Reply put(String path, String json) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).put(RequestBody.create(json, JSON)));
    }

    Reply delete(String path) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).delete());
    }

    Reply createTicket(String members) throws IOException {
        return post("/apiv2/tickets.json", ticketWith(members));
    }

    Reply upload(String fileName, byte[] content) throws IOException {
        return call(new Request.Builder().url(baseUrl + "/apiv2/attachments.json?filename=" + fileName)
                .post(RequestBody.create(content, BINARY)));
    }

    /** Uploads a small file and answers its token. */
    String uploadedToken(String fileName) throws IOException {
        return upload(fileName, ("content of " + fileName).getBytes()).body().at("/attachment/token").asString();
    }

    private Reply call(Request.Builder request) throws IOException {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String text = response.body().string();
            return new Reply(response.code(), response.headers(), text.isEmpty() ? null : MAPPER.readTree(text));
        }
    }

    /** An answer: status, headers and JSON body. */
    record Reply(int status, Headers headers, JsonNode body) {

        String header(String name) {
            return headers.get(name);
        }

        JsonNode ticket() {
            return body.get("ticket");
        }
    }
}
