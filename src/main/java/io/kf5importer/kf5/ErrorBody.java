package io.kf5importer.kf5;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * KF5's explanation of a refusal, read leniently because apiv2 does not document its error shape: the first of
 * {@code message}, {@code error}, {@code msg} or {@code errors} that says something, and {@code field} when named;
 * failing those, the raw body cut at {@value #RAW_LIMIT} characters.
 *
 * @param message what KF5 said, never empty
 * @param field the request field KF5 blamed, or {@code null}
 * @param json whether the body was a JSON object at all: an HTML page is a sign the URL is not KF5's API
 */
record ErrorBody(String message, String field, boolean json) {

    static final int RAW_LIMIT = 500;

    private static final List<String> MESSAGE_KEYS = List.of("message", "error", "msg", "error_description");

    static ErrorBody read(JsonMapper mapper, ApiAnswer answer) {
        JsonNode root = parseObject(mapper, answer.body());
        if (root == null) {
            return new ErrorBody(raw(answer), null, false);
        }
        String message = messageOf(root);
        return new ErrorBody(message.isEmpty() ? raw(answer) : message, fieldOf(root), true);
    }

    /** The body as a JSON object, or {@code null} when it is something else (HTML, text, nothing). */
    static JsonNode parseObject(JsonMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = mapper.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String messageOf(JsonNode root) {
        for (String key : MESSAGE_KEYS) {
            JsonNode value = root.path(key);
            if (value.isString() && !value.asString().isBlank()) {
                return value.asString().strip();
            }
        }
        return errorsOf(root.path("errors"));
    }

    private static String errorsOf(JsonNode errors) {
        List<String> parts = new ArrayList<>();
        if (errors.isString()) {
            parts.add(errors.asString());
        } else if (errors.isArray()) {
            errors.values().forEach(error -> parts.add(error.isString() ? error.asString() : messageOrJson(error)));
        } else if (errors.isObject()) {
            for (Map.Entry<String, JsonNode> entry : errors.properties()) {
                parts.add(entry.getKey() + ": " + textOf(entry.getValue()));
            }
        }
        return String.join("; ", parts).strip();
    }

    private static String messageOrJson(JsonNode error) {
        JsonNode message = error.path("message");
        return message.isString() ? message.asString() : error.toString();
    }

    private static String textOf(JsonNode value) {
        if (value.isArray()) {
            List<String> texts = new ArrayList<>();
            value.values().forEach(item -> texts.add(item.isString() ? item.asString() : item.toString()));
            return String.join(", ", texts);
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static String fieldOf(JsonNode root) {
        JsonNode field = root.path("field");
        if (field.isString() && !field.asString().isBlank()) {
            return field.asString();
        }
        JsonNode errors = root.path("errors");
        if (errors.isObject() && errors.size() == 1) {
            return errors.propertyNames().iterator().next();
        }
        return null;
    }

    private static String raw(ApiAnswer answer) {
        return answer.body().isBlank() ? "(empty body)" : answer.bodyExcerpt(RAW_LIMIT);
    }
}
