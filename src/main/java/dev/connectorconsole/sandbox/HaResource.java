package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/** The high-availability endpoints of scc-api.md §4.8: master and shadow configuration and state. */
final class HaResource {
    static final String BASE = "api/v1/configuration/connector/ha/";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[?[0-9A-Fa-f:.]+]?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final StateStore store;
    private final ShadowLink link;
    private final LongSupplier clock;

    HaResource(StateStore store, ShadowLink link, LongSupplier clock) {
        this.store = store;
        this.link = link;
        this.clock = clock;
    }

    void register(Router router) {
        router.on("GET", BASE + "master/config", (request, params) -> ApiResponse.ok(store.read(HaResource::masterConfig)))
                .on("PUT", BASE + "master/config", (request, params) -> putMasterConfig(request.jsonObject()))
                .on("GET", BASE + "master/state", (request, params) -> ApiResponse.ok(store.read(this::masterState)))
                .on("POST", BASE + "master/state", (request, params) -> masterOperation(request.jsonObject()))
                .on("DELETE", BASE + "master/state", (request, params) -> resetMaster())
                .on("GET", BASE + "shadow/config", (request, params) -> ApiResponse.ok(store.read(HaResource::shadowConfig)))
                .on("PUT", BASE + "shadow/config", (request, params) -> putShadowConfig(request.jsonObject()))
                .on("GET", BASE + "shadow/state", (request, params) -> ApiResponse.ok(store.read(HaResource::shadowState)))
                .on("POST", BASE + "shadow/state", (request, params) -> shadowOperation(request.jsonObject()))
                .on("DELETE", BASE + "shadow/state", (request, params) -> resetShadow());
    }

    private static void requireMasterRole(StateData state) {
        if (!"master".equals(state.haRole)) {
            throw ApiException.invalidRequest("This operation is only available on a master instance");
        }
    }

    private static void requireShadowRole(StateData state) {
        if (!"shadow".equals(state.haRole)) {
            throw ApiException.forbidden("This operation is only available on a shadow instance");
        }
    }

    private static ObjectNode masterConfig(StateData state) {
        requireMasterRole(state);
        ObjectNode config = NODES.objectNode().put("haEnabled", state.ha.haEnabled);
        if (state.ha.haPort != null) {
            config.put("haPort", state.ha.haPort);
        }
        return config.put("allowedShadowHost", state.ha.allowedShadowHost);
    }

    private ApiResponse putMasterConfig(JsonNode body) {
        boolean enabled = JsonFields.requiredBoolean(body, "haEnabled");
        String allowed = valueOr(JsonFields.optionalString(body, "allowedShadowHost"), "").trim();
        if (!allowed.isEmpty() && !HOST.matcher(allowed).matches()) {
            throw ApiException.invalidRequest("Property 'allowedShadowHost' is not a valid host name");
        }
        Integer haPort = body.has("haPort") ? port(body.get("haPort"), "haPort") : null;
        return store.write(state -> {
            requireMasterRole(state);
            state.ha.haEnabled = enabled;
            state.ha.allowedShadowHost = allowed;
            state.ha.haPort = haPort;
            return ApiResponse.noContent();
        });
    }

    private ObjectNode masterState(StateData state) {
        requireMasterRole(state);
        String now = state.ha.masterState(clock.getAsLong());
        return NODES.objectNode().put("state", now).put("shadowHost", HaData.ALONE.equals(now) ? "" : state.ha.shadowHost);
    }

    private ApiResponse masterOperation(JsonNode body) {
        String op = JsonFields.requiredString(body, "op");
        if (!op.equals("SWITCH") && !op.equals("FORCE_SWITCH")) {
            throw ApiException.invalidRequest("Property 'op' must be SWITCH or FORCE_SWITCH");
        }
        return store.write(state -> {
            requireMasterRole(state);
            if (op.equals("FORCE_SWITCH")) {
                MasterSyncResource.becomeShadowOf(state, null, 0);
            } else {
                requestSwitch(state, clock.getAsLong());
            }
            return ApiResponse.noContent();
        });
    }

    /** SWITCH, or POST haRole "shadow" on a master: the connected shadow takes over at its next synchronisation. */
    static void requestSwitch(StateData state, long now) {
        if (!HaData.CONNECTED.equals(state.ha.masterState(now))) {
            throw ApiException.illegalState("No shadow is connected; roles cannot be switched");
        }
        state.ha.switchRequested = true;
    }

    private ApiResponse resetMaster() {
        return store.write(state -> {
            requireMasterRole(state);
            String now = state.ha.masterState(clock.getAsLong());
            if (HaData.CONNECTED.equals(now) || HaData.BINDING.equals(now)) {
                throw ApiException.illegalState("A shadow is connected; disconnect it before resetting");
            }
            state.ha.resetMaster();
            state.ha.pairKey = null;
            return ApiResponse.noContent();
        });
    }

    private static ObjectNode shadowConfig(StateData state) {
        requireShadowRole(state);
        HaData ha = state.ha;
        ObjectNode config = NODES.objectNode()
                .put("masterHost", valueOr(ha.masterHost, ""))
                .put("masterPort", ha.masterPort == 0 ? "" : String.valueOf(ha.masterPort))
                .put("ownHost", valueOr(ha.ownHost, ""));
        if (ha.shadowHaPort != null) {
            config.put("haPort", ha.shadowHaPort);
        }
        return config.put("checkIntervalInSeconds", ha.checkIntervalInSeconds)
                .put("takeoverDelayInSeconds", ha.takeoverDelayInSeconds)
                .put("connectTimeoutInMillis", ha.connectTimeoutInMillis)
                .put("requestTimeoutInMillis", ha.requestTimeoutInMillis);
    }

    private ApiResponse putShadowConfig(JsonNode body) {
        String masterHost = JsonFields.requiredString(body, "masterHost").trim();
        if (!HOST.matcher(masterHost).matches()) {
            throw ApiException.invalidRequest("Property 'masterHost' is not a valid host name");
        }
        int masterPort = port(body.get("masterPort"), "masterPort");
        String ownHost = JsonFields.optionalString(body, "ownHost");
        ownHost = ownHost == null ? null : ownHost.trim();
        if (ownHost != null && !ownHost.isEmpty() && !HOST.matcher(ownHost).matches()) {
            throw ApiException.invalidRequest("Property 'ownHost' is not a valid host name");
        }
        Integer haPort = body.hasNonNull("haPort") ? port(body.get("haPort"), "haPort") : null;
        String ownHostGiven = ownHost;
        return ApiResponse.ok(store.write(state -> {
            requireShadowRole(state);
            HaData ha = state.ha;
            if (ha.shadowConnected()) {
                throw ApiException.illegalState("Disconnect from the master before changing the configuration");
            }
            ha.checkIntervalInSeconds = positive(body, "checkIntervalInSeconds", ha.checkIntervalInSeconds);
            ha.takeoverDelayInSeconds = positive(body, "takeoverDelayInSeconds", ha.takeoverDelayInSeconds);
            ha.connectTimeoutInMillis = positive(body, "connectTimeoutInMillis", ha.connectTimeoutInMillis);
            ha.requestTimeoutInMillis = positive(body, "requestTimeoutInMillis", ha.requestTimeoutInMillis);
            if (!masterHost.equalsIgnoreCase(valueOr(ha.masterHost, "")) || masterPort != ha.masterPort) {
                ha.pinnedMasterSha256 = null;
            }
            ha.masterHost = masterHost;
            ha.masterPort = masterPort;
            if (ownHostGiven != null) { // a PUT without ownHost keeps it, like the other optional fields
                ha.ownHost = ownHostGiven.isEmpty() ? null : ownHostGiven;
            }
            ha.shadowHaPort = haPort == null ? ha.shadowHaPort : haPort;
            if (HaData.INITIAL.equals(ha.shadowState)) {
                ha.shadowState = HaData.DISCONNECTED;
            }
            return shadowConfig(state);
        }));
    }

    private static ObjectNode shadowState(StateData state) {
        HaData ha = state.ha;
        ObjectNode answer = NODES.objectNode().put("state", ha.shadowState);
        answer.putArray("ownHosts").add(valueOr(ha.ownHost, "localhost"));
        if (ha.stateMessage != null) {
            answer.put("stateMessage", ha.stateMessage);
        }
        if (ha.masterVersion != null) {
            answer.putArray("masterVersions").add(ha.masterVersion);
        }
        return answer;
    }

    private ApiResponse shadowOperation(JsonNode body) {
        String op = JsonFields.requiredString(body, "op");
        store.read(state -> {
            requireShadowRole(state);
            return null;
        });
        if (op.equals("CONNECT")) {
            String user = JsonFields.requiredString(body, "user");
            char[] password = JsonFields.requiredString(body, "password").toCharArray();
            try {
                link.connect(user, password);
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        } else if (op.equals("DISCONNECT")) {
            link.disconnect();
        } else {
            throw ApiException.invalidRequest("Property 'op' must be CONNECT or DISCONNECT");
        }
        return ApiResponse.noContent();
    }

    private ApiResponse resetShadow() {
        return store.write(state -> {
            requireShadowRole(state);
            if (state.ha.shadowConnected()) {
                throw ApiException.illegalState("The shadow is connected; disconnect it before resetting");
            }
            state.ha.resetShadow();
            state.ha.pairKey = null;
            return ApiResponse.noContent();
        });
    }

    private static int port(JsonNode value, String name) {
        int port = value == null ? -1 : value.isInt() ? value.asInt() : value.isTextual() && value.asText().matches("\\d{1,5}")
                ? Integer.parseInt(value.asText()) : -1;
        if (port < 1 || port > 65_535) {
            throw ApiException.invalidRequest("Property '" + name + "' must be a port between 1 and 65535");
        }
        return port;
    }

    private static int positive(JsonNode body, String name, int fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToInt() || value.asInt() < 1) {
            throw ApiException.invalidRequest("Property '" + name + "' must be a positive whole number");
        }
        return value.asInt();
    }

    private static String valueOr(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
