package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.Map;

/** What an endpoint answers: a status, extra headers and a JSON body. */
record ApiResponse(int status, Map<String, String> headers, JsonNode body) {

    static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, Map.of(), body);
    }

    static ApiResponse created(JsonNode body, String location) {
        return new ApiResponse(201, Map.of("Location", location), body);
    }
}
