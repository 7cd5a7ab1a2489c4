package io.kf5importer.sandbox;

/**
 * One request the sandbox received.
 *
 * @param path the raw path, without the query
 * @param status the status answered; 0 when the connection was closed without an answer
 * @param fault the fault injected into this request, or null
 */
public record RequestLogEntry(String method, String path, int status, FaultKind fault) {
}
