package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.LongSupplier;

/**
 * The master's end of the HA link (SANDBOX: a real connector uses its own HA protocol on the HA port; the sandbox uses
 * one authenticated HTTPS call on its admin port, outside {@code /api}). Each call from the shadow counts as its health
 * check and answers with a replica of the configuration and the pair's key ({@link HaPairKey}); a call marked
 * {@code binding} is a shadow's handshake (CONNECT, or getting back after a restart or a lost link): the master shows
 * BINDING until the shadow's next call, which ends its initial synchronisation. A pending SWITCH is
 * handed over in the answer, after which this instance becomes the shadow and joins the new master where the shadow
 * said it is reached ({@code reachableAt}, else its own host and port).
 */
final class MasterSyncResource {
    static final String PATH = "sandbox/ha/sync";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StateStore store;
    private final LongSupplier clock;
    private final String version;
    private final ShadowLink link;

    MasterSyncResource(StateStore store, LongSupplier clock, String version, ShadowLink link) {
        this.store = store;
        this.clock = clock;
        this.version = version;
        this.link = link;
    }

    void register(Router router) {
        router.on("POST", PATH, (request, params) -> ApiResponse.ok(sync(request.jsonObject())));
    }

    private JsonNode sync(JsonNode body) {
        String ownHost = JsonFields.requiredString(body, "ownHost");
        boolean disconnect = "DISCONNECT".equals(body.path("op").asText());
        boolean binding = body.path("binding").asBoolean(false);
        boolean[] handedOver = new boolean[1];
        JsonNode answer = store.write(state -> {
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
                ha.pairedShadow = null;
                ha.binding = false;
                return MAPPER.createObjectNode();
            }
            ha.lastShadowSync = clock.getAsLong();
            ha.shadowHost = ownHost;
            ha.pairedShadow = PairedShadow.from(body, ownHost);
            ha.binding = binding; // a shadow's handshake starts BINDING; its next call ends the initial synchronisation
            ha.shadowCheckIntervalSeconds = Math.max(1, body.path("checkIntervalInSeconds").asInt(30));
            ha.reachedAt = HaLinkAddress.parse(body.path("masterAt").asText(null)) == null ? ha.reachedAt
                    : body.path("masterAt").asText();
            if (ha.pairKey == null) {
                ha.pairKey = HaPairKey.newKey();
            }
            ObjectNode reply = MAPPER.createObjectNode();
            reply.put("version", version);
            reply.put("nextChannelId", state.nextChannelId);
            reply.set("subaccounts", MAPPER.valueToTree(state.subaccounts));
            reply.put("pairKey", ha.pairKey);
            if (ha.switchRequested && !binding) {
                reply.put("takeOver", true);
                reply.put("allowedShadowHost", becomeShadowOfPaired(state, "Joining the new master at "));
                handedOver[0] = true;
            }
            return reply;
        });
        if (handedOver[0]) {
            link.joinNewMaster();
        }
        return answer;
    }

    /**
     * This instance becomes the shadow of its paired shadow, which takes over or took over: it dials it where that
     * shadow said it is reached, pins the certificate it named, keeps the pair's timings, and names itself as the new
     * master reaches it. Used by SWITCH and by a master that comes back to find its shadow took over.
     *
     * @param message the state message, followed by the new master's address
     * @return the shadow host the new master is to accept: this instance's new name when this master accepted one
     *         shadow host only, else "" (any)
     */
    static String becomeShadowOfPaired(StateData state, String message) {
        PairedShadow peer = state.ha.pairedShadow;
        boolean acceptedOneHost = !state.ha.allowedShadowHost.isEmpty();
        HaLinkAddress next = peer.link();
        String reachedAt = peer.reachesMasterAt != null ? peer.reachesMasterAt : state.ha.reachedAt;
        becomeShadowOf(state, next.host(), next.port());
        HaData ha = state.ha;
        ha.wayBackGuessed = peer.addressGuessed;
        HaLinkAddress self = HaLinkAddress.parse(reachedAt);
        ha.ownHost = self == null ? ha.ownHost : self.host();
        ha.pinnedMasterSha256 = peer.certificateSha256;
        ha.checkIntervalInSeconds = positiveOr(peer.checkIntervalInSeconds, ha.checkIntervalInSeconds);
        ha.takeoverDelayInSeconds = positiveOr(peer.takeoverDelayInSeconds, ha.takeoverDelayInSeconds);
        ha.connectTimeoutInMillis = positiveOr(peer.connectTimeoutInMillis, ha.connectTimeoutInMillis);
        ha.requestTimeoutInMillis = positiveOr(peer.requestTimeoutInMillis, ha.requestTimeoutInMillis);
        ha.shadowState = "HANDSHAKE";
        ha.stateMessage = message + next;
        return acceptedOneHost && ha.ownHost != null ? ha.ownHost : "";
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

    private static int positiveOr(int value, int fallback) {
        return value > 0 ? value : fallback;
    }
}
