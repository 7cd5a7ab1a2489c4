package io.kf5importer.kf5;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads KF5's 2xx bodies, which wrap what they carry under a key ({@code {"ticket": {...}}}). A body that is not the
 * JSON expected stops the run: every later request would meet the same surprise.
 */
final class AnswerReader {

    static final int EXCERPT = 200;

    private final JsonMapper mapper;

    AnswerReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** The whole body as a JSON object. */
    JsonNode root(ApiCall call, ApiAnswer answer) {
        JsonNode root = ErrorBody.parseObject(mapper, answer.body());
        if (root == null) {
            throw unexpected(call, answer, "a JSON object");
        }
        return root;
    }

    /** The object under {@code key}, such as the {@code ticket} of {@code {"ticket": {...}}}. */
    JsonNode objectUnder(ApiCall call, ApiAnswer answer, String key) {
        JsonNode node = root(call, answer).path(key);
        if (!node.isObject()) {
            throw unexpected(call, answer, "a JSON object under \"" + key + "\"");
        }
        return node;
    }

    Kf5FatalException unexpected(ApiCall call, ApiAnswer answer, String expected) {
        String body = answer.body().isBlank() ? "an empty body" : "\"" + answer.bodyExcerpt(EXCERPT) + "\"";
        return new Kf5FatalException(answer.status(), "KF5 answered " + call.describe() + " with " + answer.status()
                + " and " + body + " where " + expected + " was expected; is this a KF5 account?", null);
    }
}
