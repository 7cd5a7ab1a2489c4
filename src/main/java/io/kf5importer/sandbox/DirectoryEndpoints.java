package io.kf5importer.sandbox;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The directory: {@code GET /apiv2/ticket_fields.json}, {@code /groups.json}, {@code /users/search.json?query=Q},
 * {@code /users/me.json} and {@code /users/{id}.json}. User search matches {@code Q} as a substring, ignoring case,
 * of a user's name, email, phone or landline (so an exact identity matches too); results go by id.
 */
final class DirectoryEndpoints {

    private final SandboxState state;
    private final ApiViews views;

    DirectoryEndpoints(SandboxState state, ApiViews views) {
        this.state = state;
        this.views = views;
    }

    void addTo(Routes routes) {
        routes.add("GET", "/apiv2/ticket_fields.json", this::ticketFields)
                .add("GET", "/apiv2/groups.json", this::groups)
                .add("GET", "/apiv2/users/search.json", this::searchUsers)
                .add("GET", "/apiv2/users/me.json", this::me)
                .add("GET", "/apiv2/users/{id}.json", this::user);
    }

    private ApiResponse ticketFields(ApiRequest request) {
        return page(request, "ticket_fields", state.ticketFields(), views::ticketField);
    }

    private ApiResponse groups(ApiRequest request) {
        return page(request, "groups", state.groups(), group -> views.group(group, group.agentIds().stream()
                .map(state::user)
                .flatMap(Optional::stream)
                .toList()));
    }

    private ApiResponse searchUsers(ApiRequest request) {
        String query = request.query("query").orElseThrow(() -> ApiError.invalidField("query",
                "query is required: the name, email, phone or landline to look for"));
        return page(request, "users", state.searchUsers(query), this::user);
    }

    private ApiResponse me(ApiRequest request) {
        return ApiResponse.ok(wrapped(request.agent()));
    }

    private ApiResponse user(ApiRequest request) {
        User user = state.user(request.pathId()).orElseThrow(() -> ApiError.notFound(
                "user " + request.pathId() + " does not exist"));
        return ApiResponse.ok(wrapped(user));
    }

    private ObjectNode wrapped(User user) {
        ObjectNode json = views.object();
        json.set("user", user(user));
        return json;
    }

    private ObjectNode user(User user) {
        return views.user(user, state.groupsOf(user.id()));
    }

    private <T> ApiResponse page(ApiRequest request, String key, List<T> items,
            Function<T, ObjectNode> view) {
        return ApiResponse.ok(PageRequest.of(request).envelope(key, items, view, request, views.object()));
    }
}
