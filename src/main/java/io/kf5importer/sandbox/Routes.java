package io.kf5importer.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The endpoints by method and path; a path may hold {@code {id}}, a number. */
final class Routes {

    private final List<Route> routes = new ArrayList<>();

    Routes add(String method, String path, Endpoint endpoint) {
        String regex = Pattern.quote(path).replace("{id}", "\\E(?<id>\\d{1,18})\\Q");
        routes.add(new Route(method, Pattern.compile(regex), endpoint));
        return this;
    }

    /** The route for this request: 404 when no path matches, 405 when the path matches under other methods. */
    RouteMatch match(String method, String path) {
        List<Route> onPath = routes.stream().filter(route -> route.path().matcher(path).matches()).toList();
        if (onPath.isEmpty()) {
            throw ApiError.notFound("no endpoint " + path + " in the sandbox; it serves tickets, attachments,"
                    + " ticket_fields, groups and users under /apiv2/...json");
        }
        Optional<Route> route = onPath.stream().filter(candidate -> candidate.method().equals(method)).findFirst();
        if (route.isEmpty()) {
            throw ApiError.methodNotAllowed(method, path,
                    onPath.stream().map(Route::method).collect(Collectors.joining(", ")));
        }
        Matcher matcher = route.get().path().matcher(path);
        matcher.matches();
        return new RouteMatch(route.get().endpoint(), matcher);
    }

    private record Route(String method, Pattern path, Endpoint endpoint) {
    }

    /** A matched route: the endpoint and the path's match, holding its {@code id}. */
    record RouteMatch(Endpoint endpoint, Matcher path) {
    }
}
