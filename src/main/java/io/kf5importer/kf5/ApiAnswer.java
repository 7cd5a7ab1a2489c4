package io.kf5importer.kf5;

import okhttp3.Headers;

/** What KF5 answered to one attempt, body read in full. */
record ApiAnswer(int status, Headers headers, String body) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The body's start, for messages: at most {@code limit} characters, on one line. */
    String bodyExcerpt(int limit) {
        String oneLine = body.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit) + "…";
    }
}
