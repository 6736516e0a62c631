package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongSupplier;

/**
 * The master's end of the HA link (SANDBOX: a real connector uses its own HA protocol on the HA port; the sandbox uses
 * one authenticated HTTPS call on its admin port, outside {@code /api}). Each call from the shadow counts as its health
 * check and answers with a replica of the configuration; a pending SWITCH is handed over in the answer, after which
 * this instance becomes the shadow.
 */
final class MasterSyncResource {
    static final String PATH = "sandbox/ha/sync";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StateStore store;
    private final LongSupplier clock;
    private final String version;

    MasterSyncResource(StateStore store, LongSupplier clock, String version) {
        this.store = store;
        this.clock = clock;
        this.version = version;
    }

    void register(Router router) {
        router.on("POST", PATH, (request, params) -> ApiResponse.ok(sync(request.jsonObject())));
    }

    private JsonNode sync(JsonNode body) {
        String ownHost = JsonFields.requiredString(body, "ownHost");
        boolean disconnect = "DISCONNECT".equals(body.path("op").asText());
        return store.write(state -> {
            HaData ha = state.ha;
            if (!"master".equals(state.haRole)) {
                throw ApiException.illegalState("This instance is not a master");
            }
            if (!ha.haEnabled) {
                throw ApiException.illegalState("High availability is not enabled on this master");
            }
            if (!ha.allowedShadowHost.isEmpty() && !ha.allowedShadowHost.equalsIgnoreCase(ownHost)) {
                throw ApiException.forbidden("Shadow host '" + ownHost + "' is not the permitted shadow host");
            }
            if (disconnect) {
                ha.lastShadowSync = 0;
                ha.shadowHost = "";
                return MAPPER.createObjectNode();
            }
            ha.lastShadowSync = clock.getAsLong();
            ha.shadowHost = ownHost;
            ha.shadowCheckIntervalSeconds = Math.max(1, body.path("checkIntervalInSeconds").asInt(30));
            ObjectNode answer = MAPPER.createObjectNode();
            answer.put("version", version);
            answer.put("nextChannelId", state.nextChannelId);
            answer.set("subaccounts", MAPPER.valueToTree(state.subaccounts));
            if (ha.switchRequested) {
                answer.put("takeOver", true);
                becomeShadowOf(state, ownHost, body.path("ownPort").asInt());
            }
            return answer;
        });
    }

    /** After handing over: this instance is the shadow of the one that takes over, waiting for a CONNECT. */
    static void becomeShadowOf(StateData state, String newMasterHost, int newMasterPort) {
        HaData ha = state.ha;
        ha.resetMaster();
        state.haRole = "shadow";
        if (newMasterHost != null && newMasterPort > 0) {
            ha.masterHost = newMasterHost;
            ha.masterPort = newMasterPort;
            ha.shadowState = HaData.DISCONNECTED;
        }
    }
}
