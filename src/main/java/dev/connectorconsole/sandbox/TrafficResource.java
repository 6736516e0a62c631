package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * {@code POST /sandbox/traffic} (SANDBOX only, outside {@code /api}): carries one HTTP GET through a system mapping the
 * way a cloud application's call reaches an internal system through the tunnel, so that the monitoring figures
 * (connections, durations, usage, slowest calls) have something real to show. Body:
 * {@code {regionHost, subaccount, virtualHost, virtualPort, path, user?}}. The tunnel must be connected and an enabled
 * resource must allow the path (403 otherwise, audited like the real connector's access denial); the call really goes
 * to the mapping's internal host and port. Answers {@code {status, totalTime, resource}}; 502 when the internal host
 * cannot be reached.
 */
final class TrafficResource {
    static final String PATH = "sandbox/traffic";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private record Route(String subaccountKey, String protocol, String virtualBackend,
                         String internalBackend, String resource) {}

    private final StateStore store;
    private final BackendTraffic traffic;
    private final SandboxLogs logs;
    private final LongSupplier clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    TrafficResource(StateStore store, BackendTraffic traffic, SandboxLogs logs, LongSupplier clock) {
        this.store = store;
        this.traffic = traffic;
        this.logs = logs;
        this.clock = clock;
    }

    void register(Router router) {
        router.on("POST", PATH, (request, params) -> carry(request.jsonObject(), request.user()));
    }

    private ApiResponse carry(JsonNode body, String adminUser) {
        String path = JsonFields.requiredString(body, "path");
        if (!path.startsWith("/")) {
            throw ApiException.invalidRequest("The path must start with '/'");
        }
        String user = JsonFields.optionalString(body, "user");
        Route route = route(body, path);
        long id = traffic.opened(route.subaccountKey(), route.virtualBackend());
        long start = clock.getAsLong();
        long began = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(scheme(route) + route.internalBackend() + path))
                    .timeout(CALL_TIMEOUT).GET().build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long total = Math.max(0, (System.nanoTime() - began) / 1_000_000);
            long sent = request.uri().getRawPath().length() + 64L;
            traffic.record(new BackendTraffic.Call(route.subaccountKey(), start, id, route.protocol(),
                    route.virtualBackend(), route.internalBackend(), route.resource(), user == null ? adminUser : user,
                    sent, response.body().length, total, total, 0));
            logs.backendCall(route.subaccountKey(), route.virtualBackend(), route.internalBackend(), path,
                    response.statusCode(), total);
            return ApiResponse.ok(JsonNodeFactory.instance.objectNode().put("status", response.statusCode())
                    .put("totalTime", total).put("resource", route.resource()));
        } catch (HttpTimeoutException timedOut) {
            throw unreachable(route, "did not answer within " + CALL_TIMEOUT.toSeconds() + " s");
        } catch (IOException failed) {
            throw unreachable(route, "cannot be reached (" + failed.getClass().getSimpleName() + ")");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw unreachable(route, "was not called: the sandbox is stopping");
        } finally {
            traffic.closed(route.subaccountKey(), route.virtualBackend());
        }
    }

    private Route route(JsonNode body, String path) {
        String region = JsonFields.requiredString(body, "regionHost");
        String id = JsonFields.requiredString(body, "subaccount");
        String virtual = JsonFields.requiredString(body, "virtualHost") + ":"
                + JsonFields.requiredString(body, "virtualPort");
        String plainPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return store.read(state -> {
            SubaccountResource.requireMaster(state);
            SubaccountData subaccount = state.subaccounts.stream().filter(s -> s.is(region, id)).findFirst()
                    .orElseThrow(() -> ApiException.subaccountNotFound(region, id));
            if (!TunnelState.CONNECTED.equals(subaccount.tunnelState)) {
                throw ApiException.illegalState("The tunnel of subaccount " + id + " is not connected");
            }
            MappingData mapping = subaccount.systemMappings.stream().filter(m -> m.key().equalsIgnoreCase(virtual))
                    .findFirst().orElseThrow(() -> ApiException.notFound("No system mapping " + virtual));
            if (!mapping.isHttp()) {
                throw ApiException.invalidRequest("The sandbox carries HTTP and HTTPS calls only, not " + mapping.protocol);
            }
            ResourceData resource = mapping.resources.stream().filter(r -> r.enabled && allows(r, plainPath))
                    .findFirst().orElse(null);
            if (resource == null) {
                logs.backendDenied(subaccount.key(), virtual, plainPath);
                throw ApiException.forbidden("Access denied to " + plainPath + " of " + virtual
                        + ": no enabled resource allows it");
            }
            return new Route(subaccount.key(), mapping.protocol, mapping.key(),
                    mapping.localHost + ":" + mapping.localPort, resource.id);
        });
    }

    /** A URL path resource allows itself and, unless it is exact only, the paths below it. */
    static boolean allows(ResourceData resource, String path) {
        if (path.equals(resource.id)) {
            return true;
        }
        String below = resource.id.endsWith("/") ? resource.id : resource.id + "/";
        return !resource.exactMatchOnly && path.startsWith(below);
    }

    private static String scheme(Route route) {
        return "HTTPS".equals(route.protocol()) ? "https://" : "http://";
    }

    private static ApiException unreachable(Route route, String why) {
        return new ApiException(502, "BACKEND_UNREACHABLE", "The internal host " + route.internalBackend() + " " + why);
    }
}
