package io.kf5importer.sandbox;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One JSON object of a request body, read member by member; every error names the member by its JSON path, such as
 * {@code ticket.priority}. A member that is absent or JSON {@code null} counts as not given.
 */
final class BodyObject {

    private static final int SHOWN_VALUE_CHARS = 80;

    private final JsonNode object;
    private final String path;

    private BodyObject(JsonNode object, String path) {
        this.object = object;
        this.path = path;
    }

    /** The object under {@code key} of a body such as {@code {"ticket": {...}}}. */
    static BodyObject unwrap(JsonNode body, String key) {
        JsonNode wrapped = body.isObject() ? body.get(key) : null;
        if (wrapped == null || !wrapped.isObject()) {
            throw ApiError.invalidField(key, "the body must wrap the " + key + " as {\"" + key + "\": {...}}, got "
                    + shown(body));
        }
        return new BodyObject(wrapped, key);
    }

    /** The JSON path of a member of this object. */
    String path(String member) {
        return path + "." + member;
    }

    boolean has(String member) {
        return node(member) != null;
    }

    JsonNode node(String member) {
        JsonNode value = object.get(member);
        return value == null || value.isNull() ? null : value;
    }

    BodyObject object(String member) {
        JsonNode value = node(member);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw ApiError.invalidField(path(member), member + " must be an object, got " + shown(value));
        }
        return new BodyObject(value, path(member));
    }

    String text(String member) {
        JsonNode value = node(member);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw ApiError.invalidField(path(member), member + " must be a string, got " + shown(value));
        }
        return value.stringValue();
    }

    String requiredText(String member) {
        String value = text(member);
        if (value == null || value.isBlank()) {
            throw ApiError.invalidField(path(member), member + " is required and must not be blank");
        }
        return value;
    }

    String oneOf(String member, List<String> allowed) {
        String value = text(member);
        if (value != null && !allowed.contains(value)) {
            throw ApiError.invalidField(path(member), member + " must be one of " + String.join(", ", allowed)
                    + ", got '" + value + "'");
        }
        return value;
    }

    Boolean bool(String member) {
        JsonNode value = node(member);
        if (value != null && !value.isBoolean()) {
            throw ApiError.invalidField(path(member), member + " must be true or false, got " + shown(value));
        }
        return value == null ? null : value.booleanValue();
    }

    Long id(String member) {
        JsonNode value = node(member);
        return value == null ? null : id(value, path(member));
    }

    List<Long> ids(String member) {
        List<Long> ids = new ArrayList<>();
        JsonNode array = array(member);
        for (int i = 0; array != null && i < array.size(); i++) {
            ids.add(id(array.get(i), path(member) + "[" + i + "]"));
        }
        return array == null ? null : List.copyOf(new LinkedHashSet<>(ids));
    }

    /** An array of strings, duplicates dropped, order kept. */
    List<String> texts(String member) {
        List<String> texts = new ArrayList<>();
        JsonNode array = array(member);
        for (int i = 0; array != null && i < array.size(); i++) {
            if (!array.get(i).isString()) {
                throw ApiError.invalidField(path(member) + "[" + i + "]", member + " must hold strings, got "
                        + shown(array.get(i)));
            }
            texts.add(array.get(i).stringValue());
        }
        return array == null ? null : List.copyOf(new LinkedHashSet<>(texts));
    }

    JsonNode array(String member) {
        JsonNode value = node(member);
        if (value != null && !value.isArray()) {
            throw ApiError.invalidField(path(member), member + " must be an array, got " + shown(value));
        }
        return value;
    }

    /** An id: a whole number, or a string of digits (KF5's own examples send ids both ways). */
    static long id(JsonNode value, String field) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() > 0) {
            return value.longValue();
        }
        if (value.isString() && value.stringValue().matches("[1-9]\\d{0,17}")) {
            return Long.parseLong(value.stringValue());
        }
        throw ApiError.invalidField(field, "expected an id (a positive whole number), got " + shown(value));
    }

    /** A value for an error message, cut short. */
    static String shown(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() <= SHOWN_VALUE_CHARS ? text : text.substring(0, SHOWN_VALUE_CHARS) + "...";
    }
}
