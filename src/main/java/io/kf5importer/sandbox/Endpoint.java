package io.kf5importer.sandbox;

/** Answers one kind of request; refuses it by throwing {@link ApiError}. */
@FunctionalInterface
interface Endpoint {

    ApiResponse handle(ApiRequest request);
}
