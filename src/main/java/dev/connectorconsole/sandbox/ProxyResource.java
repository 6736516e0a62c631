package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code /api/v1/configuration/connector/proxy} (scc-api.md §4.11): GET {@code {host, port (string), user, password:"***"}};
 * PUT (master only) sets it, {@code {}} removes it; DELETE removes it; both 204. SANDBOX choices: GET without a proxy answers
 * {@code {}}; a PUT without password (or with "***") keeps the stored one when the user stays the same.
 */
final class ProxyResource {
    static final String PATH = "api/v1/configuration/connector/proxy";
    static final String MASKED = "***";

    private final StateStore store;

    ProxyResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", PATH, (request, params) -> ApiResponse.ok(store.read(state -> json(state.proxy))))
                .on("PUT", PATH, (request, params) -> put(request.jsonObject()))
                .on("DELETE", PATH, (request, params) -> store.write(state -> {
                    SubaccountResource.requireMaster(state);
                    state.proxy = null;
                    return ApiResponse.noContent();
                }));
    }

    static ObjectNode json(ProxyData proxy) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (proxy != null) {
            body.put("host", proxy.host).put("port", String.valueOf(proxy.port));
            if (proxy.user != null) {
                body.put("user", proxy.user);
            }
            if (proxy.passwordSet) {
                body.put("password", MASKED);
            }
        }
        return body;
    }

    private ApiResponse put(JsonNode body) {
        if (body.isEmpty()) {
            return store.write(state -> {
                SubaccountResource.requireMaster(state);
                state.proxy = null;
                return ApiResponse.noContent();
            });
        }
        String host = JsonFields.requiredString(body, "host").trim();
        Long port = JsonFields.optionalLong(body, "port");
        if (port == null) {
            throw ApiException.invalidRequest("Mandatory property 'port' is missing");
        }
        if (port < 1 || port > 65535) {
            throw ApiException.invalidRequest("Property 'port' must be between 1 and 65535");
        }
        if (host.contains(" ") || host.contains("/")) {
            throw ApiException.invalidRequest("Property 'host' must be a host name or IP address");
        }
        String user = blankToNull(JsonFields.optionalString(body, "user"));
        String password = JsonFields.optionalString(body, "password");
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            ProxyData previous = state.proxy;
            boolean keepsPassword = (password == null || MASKED.equals(password)) && previous != null
                    && previous.passwordSet && user != null && user.equals(previous.user);
            ProxyData proxy = new ProxyData();
            proxy.host = host;
            proxy.port = port.intValue();
            proxy.user = user;
            proxy.passwordSet = user != null && (keepsPassword || (password != null && !password.isEmpty() && !MASKED.equals(password)));
            state.proxy = proxy;
            return ApiResponse.noContent();
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
