package io.kf5importer.sandbox;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Function;

/**
 * The page a list request asks for: {@code page} (from 1, default 1) and {@code per_page} (default 100; more than
 * 100 is read as 100). Lists answer {@code {"<items>": [...], "count": <total>, "next_page": <url or null>,
 * "previous_page": <url or null>}}, the links being this request's URL with another {@code page}.
 */
record PageRequest(int page, int perPage) {

    static final int MAX_PER_PAGE = 100;

    static PageRequest of(ApiRequest request) {
        int page = positive(request, "page", 1);
        int perPage = Math.min(MAX_PER_PAGE, positive(request, "per_page", MAX_PER_PAGE));
        return new PageRequest(page, perPage);
    }

    <T> ObjectNode envelope(String key, List<T> all, Function<T, ObjectNode> view, ApiRequest request,
            ObjectNode json) {
        long from = (long) (page - 1) * perPage;
        ArrayNode items = json.putArray(key);
        all.stream().skip(from).limit(perPage).map(view).forEach(items::add);
        json.put("count", all.size());
        json.put("next_page", from + perPage < all.size() ? request.urlWith("page", String.valueOf(page + 1)) : null);
        json.put("previous_page", page > 1 ? request.urlWith("page", String.valueOf(page - 1)) : null);
        return json;
    }

    private static int positive(ApiRequest request, String name, int defaultValue) {
        String text = request.query(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        if (!text.matches("[1-9]\\d{0,8}")) {
            throw ApiError.invalidField(name, name + " must be a whole number from 1, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}
