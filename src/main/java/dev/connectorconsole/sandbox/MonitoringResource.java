package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/monitoring/subaccounts} (no "v1" in monitoring paths, as on the real connector). */
final class MonitoringResource {
    private final StateStore store;

    MonitoringResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", "api/monitoring/subaccounts", (request, params) -> ApiResponse.ok(store.read(state -> {
            SubaccountResource.requireMaster(state);
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            var list = envelope.putArray("subaccounts");
            state.subaccounts.forEach(subaccount -> list.add(SubaccountJson.monitoringItem(subaccount)));
            envelope.put("version", 1);
            return envelope;
        })));
    }
}
