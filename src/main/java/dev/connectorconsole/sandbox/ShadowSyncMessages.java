package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the shadow tells its master in each synchronisation ({@link MasterSyncResource}) and what it takes from the
 * answer: the replica of the master's subaccounts, the master's version and certificate, the pair's key.
 */
final class ShadowSyncMessages {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final StateStore store;
    private final IntSupplier ownPort;
    private final Supplier<String> ownCertificateSha256;
    private final String configuredReachableAt;

    ShadowSyncMessages(StateStore store, IntSupplier ownPort, Supplier<String> ownCertificateSha256,
                       String configuredReachableAt) {
        this.store = store;
        this.ownPort = ownPort;
        this.ownCertificateSha256 = ownCertificateSha256;
        this.configuredReachableAt = configuredReachableAt;
    }

    /** A copy of the persisted HA fields, read without holding the state's lock afterwards. */
    static HaData copyOf(HaData ha) {
        return MAPPER.convertValue(MAPPER.valueToTree(ha), HaData.class);
    }

    /** Takes the master's answer: the replica, its version, the pinned certificate; the shadow is READY. */
    void apply(JsonNode answer, String pinned) {
        List<SubaccountData> subaccounts = MAPPER.convertValue(answer.path("subaccounts"), new TypeReference<>() {});
        store.write(state -> {
            state.subaccounts = subaccounts;
            state.nextChannelId = Math.max(state.nextChannelId, answer.path("nextChannelId").asLong(1));
            state.ha.shadowState = HaData.READY;
            state.ha.stateMessage = null;
            state.ha.masterVersion = answer.path("version").asText(null);
            state.ha.pinnedMasterSha256 = pinned;
            state.ha.pairKey = answer.path("pairKey").asText(state.ha.pairKey);
            return null;
        });
    }

    ObjectNode body(HaData config, String op) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("op", op);
        body.put("ownHost", config.ownHost == null ? "localhost" : config.ownHost);
        body.put("ownPort", ownPort.getAsInt());
        String learnt = store.read(state -> state.ha.reachedAt);
        String reachableAt = learnt != null ? learnt : configuredReachableAt;
        if (reachableAt != null) {
            body.put("reachableAt", reachableAt);
        }
        body.put("masterAt", new HaLinkAddress(config.masterHost, config.masterPort).toString());
        body.put("certificateSha256", ownCertificateSha256.get());
        body.put("checkIntervalInSeconds", config.checkIntervalInSeconds);
        body.put("takeoverDelayInSeconds", config.takeoverDelayInSeconds);
        body.put("connectTimeoutInMillis", config.connectTimeoutInMillis);
        body.put("requestTimeoutInMillis", config.requestTimeoutInMillis);
        return body;
    }
}
