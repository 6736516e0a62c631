package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** Connector-wide endpoints: version, connector info, HA role, the local user's credentials. */
final class ConnectorResource {
    /** The API level the sandbox reproduces by default (the recordings were made against SCC 2.19.0.2). */
    static final String VERSION = SandboxOptions.DEFAULT_VERSION;
    static final String VERSION_PATH = "api/v1/connector/version";
    static final String CONNECTOR_PATH = "api/v1/configuration/connector";
    static final String HA_ROLE_PATH = "api/v1/configuration/connector/haRole";
    static final String BASIC_AUTH_PATH = "api/v1/configuration/connector/authentication/basic";
    private static final Set<String> ROLES = Set.of("master", "shadow");

    private final StateStore store;
    private final UserAccounts users;
    private final String version;

    ConnectorResource(StateStore store, UserAccounts users, String version) {
        this.store = store;
        this.users = users;
        this.version = version;
    }

    void register(Router router) {
        router.on("GET", VERSION_PATH, (request, params) -> ApiResponse.ok(JsonNodeFactory.instance.objectNode().put("version", version)))
                .on("GET", CONNECTOR_PATH, (request, params) -> ApiResponse.ok(store.read(ConnectorResource::info)))
                .on("PUT", CONNECTOR_PATH, (request, params) -> setDescription(request))
                .on("GET", HA_ROLE_PATH, (request, params) -> ApiResponse.ok(store.read(state -> TextNode.valueOf(state.haRole))))
                .on("POST", HA_ROLE_PATH, (request, params) -> setHaRole(request))
                .on("GET", "api/v1/configuration/connector/authentication",
                        (request, params) -> ApiResponse.ok(JsonNodeFactory.instance.objectNode().put("type", "basic")))
                .on("PUT", BASIC_AUTH_PATH, (request, params) -> changeCredentials(request, request.user()));
    }

    private static ObjectNode info(StateData state) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("ha", state.haRole);
        info.put("description", state.description);
        return info;
    }

    private ApiResponse setDescription(ApiRequest request) {
        JsonNode body = request.jsonObject();
        JsonNode description = body.get("description");
        if (description == null || !description.isTextual()) {
            throw ApiException.invalidRequest("Property 'description' must be a string; use \"\" to remove the description");
        }
        return ApiResponse.ok(store.write(state -> {
            SubaccountResource.requireMaster(state);
            state.description = description.asText();
            return info(state);
        }));
    }

    private ApiResponse setHaRole(ApiRequest request) {
        String role = roleFrom(request);
        if (!ROLES.contains(role)) {
            throw ApiException.invalidRequest("HA role must be \"master\" or \"shadow\"");
        }
        return store.write(state -> {
            if ("shadow".equals(role) && "master".equals(state.haRole)
                    && HaData.CONNECTED.equals(state.ha.masterState(System.currentTimeMillis()))) {
                HaResource.requestSwitch(state, System.currentTimeMillis());
                return ApiResponse.noContent();
            }
            if (!StateData.HA_UNDEFINED.equals(state.haRole)) {
                throw ApiException.illegalState("The HA role is already set to '" + state.haRole + "'");
            }
            state.haRole = role;
            return ApiResponse.noContent();
        });
    }

    /** The role from a JSON string body ({@code "master"}); the unquoted form SAP's Kotlin sample sends is accepted too. */
    private static String roleFrom(ApiRequest request) {
        String raw = new String(request.body(), StandardCharsets.UTF_8).trim();
        if (raw.isEmpty()) {
            throw ApiException.invalidRequest("Request body is missing");
        }
        if (raw.startsWith("\"")) {
            JsonNode node = request.json();
            if (!node.isTextual()) {
                throw ApiException.invalidRequest("HA role must be \"master\" or \"shadow\"");
            }
            return node.asText();
        }
        return raw;
    }

    private ApiResponse changeCredentials(ApiRequest request, String userName) {
        JsonNode body = request.jsonObject();
        users.changeCredentials(userName,
                JsonFields.optionalString(body, "oldPassword"),
                JsonFields.optionalString(body, "newPassword"),
                JsonFields.optionalString(body, "password"),
                JsonFields.optionalString(body, "user"));
        return ApiResponse.noContent();
    }
}
