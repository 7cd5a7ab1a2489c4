package io.kf5importer.sandbox;

import java.util.Map;

/**
 * A request the sandbox refuses, answered as {@code {"error": "<code>", "field": "<path>", "message": "..."}}
 * ({@code field} only when one field is at fault). Thrown by endpoints and caught by {@link SandboxHandler}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String error;
    private final String field;
    private final Map<String, String> headers;

    private ApiError(int status, String error, String field, String message, Map<String, String> headers) {
        super(message);
        this.status = status;
        this.error = error;
        this.field = field;
        this.headers = headers;
    }

    static ApiError invalidField(String field, String message) {
        return new ApiError(422, "invalid_field", field, message, Map.of());
    }

    static ApiError malformedJson(String message) {
        return new ApiError(400, "malformed_json", null, message, Map.of());
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, "unauthorized", null, message,
                Map.of("WWW-Authenticate", "Basic realm=\"kf5-sandbox\""));
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "not_found", null, message, Map.of());
    }

    static ApiError methodNotAllowed(String method, String path, String allowed) {
        return new ApiError(405, "method_not_allowed", null, method + " is not allowed on " + path + "; use " + allowed,
                Map.of("Allow", allowed));
    }

    static ApiError payloadTooLarge(String message) {
        return new ApiError(413, "payload_too_large", null, message, Map.of());
    }

    static ApiError tooManyRequests(long retryAfterSeconds, String message) {
        return new ApiError(429, "too_many_requests", null, message,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    static ApiError unavailable(String message) {
        return new ApiError(503, "service_unavailable", null, message, Map.of());
    }

    static ApiError internal(String message) {
        return new ApiError(500, "internal_error", null, message, Map.of());
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    /** The JSON path of the field at fault, such as {@code ticket.priority}, or null. */
    String field() {
        return field;
    }

    Map<String, String> headers() {
        return headers;
    }
}
