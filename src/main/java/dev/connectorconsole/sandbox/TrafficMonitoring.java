package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The per-subaccount traffic items of {@code /api/monitoring/connections/serviceChannels},
 * {@code /performance/backends}, {@code /performance/topTimeConsumers} and {@code /usage}. The sandbox carries no
 * backend traffic, so calls, bytes and bucket counts are 0 and the slowest-calls list is empty; what is listed (every
 * system mapping and resource, every enabled service channel with its open connections) follows the state.
 * {@code sinceTime} is when the sandbox started (statistics start over on a restart).
 */
final class TrafficMonitoring {
    /** Lower bounds of the 22 performance buckets in ms (scc-api.md §4.10, as Check_MK reads them). */
    static final List<Integer> BUCKET_BOUNDS = List.of(10, 20, 30, 40, 50, 75, 100, 125, 150, 200, 300, 400, 500, 750,
            1000, 1250, 1500, 2000, 2500, 3000, 4000, 5000);
    private static final Map<String, String> CHANNEL_NAMES = Map.of("K8S", "Kubernetes Cluster", "ABAPCloud",
            "ABAP Cloud System", "ABAPCloudSNC", "ABAP Cloud System (SNC)", "HANA", "SAP HANA Database",
            "VirtualMachine", "Virtual Machine");

    private final long sinceTime;

    TrafficMonitoring(long sinceTime) {
        this.sinceTime = sinceTime;
    }

    ObjectNode serviceChannels(SubaccountData subaccount) {
        ObjectNode item = head(subaccount);
        ArrayNode list = item.putArray("serviceChannelConnections");
        boolean connected = TunnelState.CONNECTED.equals(subaccount.tunnelState);
        for (ChannelData channel : subaccount.channels) {
            if (!channel.enabled) {
                continue;
            }
            ObjectNode entry = list.addObject();
            entry.put("port", channel.fields.path("port").asInt());
            entry.putObject("typeDesc").put("typeKey", channel.type)
                    .put("typeName", CHANNEL_NAMES.getOrDefault(channel.type, channel.type));
            entry.put("connections", connected ? channel.fields.path("connections").asInt() : 0);
        }
        return item;
    }

    ObjectNode performance(SubaccountData subaccount) {
        ObjectNode item = head(subaccount).put("sinceTime", sinceTime);
        ArrayNode list = item.putArray("backendPerformance");
        for (MappingData mapping : subaccount.systemMappings) {
            ObjectNode entry = list.addObject().put("virtualHost", mapping.virtualHost)
                    .put("virtualPort", mapping.virtualPort).put("protocol", mapping.protocol);
            ArrayNode buckets = entry.putArray("buckets");
            BUCKET_BOUNDS.forEach(bound -> buckets.addObject().put("numberOfCalls", 0).put("minimumCallDurationMs", bound));
        }
        return item;
    }

    ObjectNode topTimeConsumers(SubaccountData subaccount) {
        ObjectNode item = head(subaccount).put("sinceTime", sinceTime);
        item.putArray("requests");
        return item;
    }

    ObjectNode usage(SubaccountData subaccount) {
        ObjectNode item = head(subaccount).put("sinceTime", sinceTime);
        ArrayNode list = item.putArray("usageStatistics");
        for (MappingData mapping : subaccount.systemMappings) {
            ObjectNode entry = list.addObject().put("virtualHost", mapping.virtualHost)
                    .put("virtualPort", mapping.virtualPort).put("protocol", mapping.protocol)
                    .put("bytesReceived", 0).put("bytesSent", 0).put("calls", 0);
            ArrayNode resources = entry.putArray("resources");
            for (ResourceData resource : mapping.resources) {
                resources.addObject().put("resourceName", resource.id).put("enabled", resource.enabled)
                        .put("bytesReceived", 0).put("bytesSent", 0).put("calls", 0);
            }
        }
        item.putArray("serviceChannelUsageStatistics");
        return item;
    }

    private static ObjectNode head(SubaccountData subaccount) {
        return JsonNodeFactory.instance.objectNode().put("regionHost", subaccount.regionHost)
                .put("subaccount", subaccount.subaccount).put("locationID", subaccount.locationID);
    }
}
