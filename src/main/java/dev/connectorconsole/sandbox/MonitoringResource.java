package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * {@code /api/monitoring/subaccounts} and {@code /api/monitoring/connections/backends} (no "v1" in monitoring paths, as
 * on the real connector). Backend connections list every system mapping with no traffic (the sandbox carries none).
 */
final class MonitoringResource {
    private final StateStore store;

    MonitoringResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", "api/monitoring/subaccounts",
                (request, params) -> envelope(SubaccountJson::monitoringItem));
        router.on("GET", "api/monitoring/connections/backends",
                (request, params) -> envelope(MonitoringResource::backends));
    }

    private ApiResponse envelope(Function<SubaccountData, ObjectNode> item) {
        return ApiResponse.ok(store.read(state -> {
            SubaccountResource.requireMaster(state);
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            ArrayNode list = envelope.putArray("subaccounts");
            state.subaccounts.forEach(subaccount -> list.add(item.apply(subaccount)));
            envelope.put("version", 1);
            return envelope;
        }));
    }

    private static ObjectNode backends(SubaccountData subaccount) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("regionHost", subaccount.regionHost);
        item.put("subaccount", subaccount.subaccount);
        item.put("locationID", subaccount.locationID);
        ArrayNode connections = item.putArray("backendConnections");
        for (MappingData mapping : subaccount.systemMappings) {
            connections.addObject()
                    .put("virtualBackend", mapping.key())
                    .put("internalBackend", mapping.localHost + ":" + mapping.localPort)
                    .put("protocol", mapping.protocol)
                    .put("idle", 0)
                    .put("active", 0);
        }
        return item;
    }
}
