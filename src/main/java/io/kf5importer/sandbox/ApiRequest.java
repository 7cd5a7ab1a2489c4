package io.kf5importer.sandbox;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

/** One authenticated, routed request as an endpoint sees it: path parameters, query, body and signed-in agent. */
final class ApiRequest {

    private static final long MAX_JSON_BYTES = 1024 * 1024;

    private final HttpExchange exchange;
    private final Matcher path;
    private final User agent;
    private final String baseUrl;
    private final Map<String, String> query;

    ApiRequest(HttpExchange exchange, Matcher path, User agent, String baseUrl) {
        this.exchange = exchange;
        this.path = path;
        this.agent = agent;
        this.baseUrl = baseUrl;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    }

    /** The signed-in agent. */
    User agent() {
        return agent;
    }

    /** The {@code {id}} of the path, such as 1001 in {@code /apiv2/tickets/1001.json}. */
    long pathId() {
        return Long.parseLong(path.group("id"));
    }

    String path() {
        return exchange.getRequestURI().getRawPath();
    }

    /** A query parameter, URL-decoded; empty when absent or blank. */
    Optional<String> query(String name) {
        return Optional.ofNullable(query.get(name)).filter(value -> !value.isBlank());
    }

    /** This request's full URL with query parameter {@code name} set to {@code value}, for paging links. */
    String urlWith(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(query);
        changed.put(name, value);
        return baseUrl + path() + "?" + changed.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** The body, parsed as JSON; 400 when it is empty or not JSON. */
    JsonNode json(JsonMapper mapper) {
        byte[] body = body(MAX_JSON_BYTES);
        if (body.length == 0) {
            throw ApiError.malformedJson("the body is empty; send JSON such as {\"ticket\": {...}}");
        }
        try {
            return mapper.readTree(body);
        } catch (JacksonException e) {
            throw ApiError.malformedJson("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The raw body. The whole body is read even when it is too long, so that the client can read the 413 instead of
     * losing its connection mid-upload.
     */
    byte[] body(long maxBytes) {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream kept = new ByteArrayOutputStream();
            long total = copyAtMost(in, kept, maxBytes);
            if (total > maxBytes) {
                in.transferTo(OutputStream.nullOutputStream());
                throw ApiError.payloadTooLarge("the body has more than " + maxBytes + " bytes, the sandbox's limit");
            }
            return kept.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the body of " + path(), e);
        }
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name));
    }

    /** Copies up to {@code maxBytes + 1} bytes, enough to tell whether the stream is longer than allowed. */
    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[8192];
        long total = 0;
        int read;
        while (total <= maxBytes && (read = in.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String value = nameAndValue.length == 2 ? decode(nameAndValue[1]) : "";
            parameters.putIfAbsent(decode(nameAndValue[0]), value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
