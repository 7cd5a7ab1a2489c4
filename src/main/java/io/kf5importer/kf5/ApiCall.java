package io.kf5importer.kf5;

import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import java.util.function.Supplier;

/**
 * One apiv2 request as the client means it, before any attempt: sent as often as the retries allow, each attempt
 * with a fresh body.
 *
 * @param method the HTTP method
 * @param url the full URL, query included
 * @param body a new body for each attempt, or {@code null} for a {@code GET}
 * @param kind what the request does: it decides whether an unanswered attempt may be sent again
 * @param oneResource whether the URL names one resource by id, so that a 404 means that resource is missing rather
 *        than the URL not being KF5's
 */
record ApiCall(String method, HttpUrl url, Supplier<RequestBody> body, RequestKind kind, boolean oneResource) {

    static ApiCall get(HttpUrl url) {
        return new ApiCall("GET", url, null, RequestKind.LOOKUP, false);
    }

    static ApiCall getOne(HttpUrl url) {
        return new ApiCall("GET", url, null, RequestKind.LOOKUP, true);
    }

    /** Method and path, the form every message names a request by: never the query, never a header. */
    String describe() {
        return method + " " + url.encodedPath();
    }

    Request toRequest(RequestProgress progress) {
        return new Request.Builder()
                .url(url)
                .method(method, body == null ? null : body.get())
                .header("Accept", "application/json")
                .header("User-Agent", "kf5-importer")
                .tag(RequestProgress.class, progress)
                .build();
    }
}
