package dev.connectorconsole.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps path templates such as {@code api/v1/configuration/subaccounts/{}/{}} and methods to resource handlers. */
final class Router {
    /** A resource method; {@code params} are the segments matched by the template's {@code {}} parts, in order. */
    @FunctionalInterface
    interface Handler {
        ApiResponse handle(ApiRequest request, List<String> params);
    }

    /** A template matched by a request path, with the handlers for the methods it supports. */
    record Match(Map<String, Handler> handlers, List<String> params) {
        String allow() {
            return String.join(",", handlers.keySet());
        }
    }

    private record Route(String[] template, Map<String, Handler> handlers) {}

    private final List<Route> routes = new ArrayList<>();

    Router on(String method, String template, Handler handler) {
        String[] parts = template.split("/");
        Route route = routes.stream()
                .filter(existing -> String.join("/", existing.template).equals(template))
                .findFirst()
                .orElseGet(() -> {
                    Route created = new Route(parts, new LinkedHashMap<>());
                    routes.add(created);
                    return created;
                });
        route.handlers.put(method, handler);
        return this;
    }

    /** The first template matching the path; literal templates are registered before wildcard ones where they overlap. */
    Optional<Match> match(List<String> segments) {
        for (Route route : routes) {
            if (route.template.length != segments.size()) {
                continue;
            }
            List<String> params = new ArrayList<>();
            boolean matches = true;
            for (int i = 0; i < segments.size() && matches; i++) {
                if (route.template[i].equals("{}")) {
                    params.add(segments.get(i));
                } else {
                    matches = route.template[i].equals(segments.get(i));
                }
            }
            if (matches) {
                return Optional.of(new Match(route.handlers, params));
            }
        }
        return Optional.empty();
    }
}
