package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The per-subaccount traffic items of {@code /api/monitoring/connections/serviceChannels},
 * {@code /performance/backends}, {@code /performance/topTimeConsumers} and {@code /usage}. What is listed (every
 * system mapping and resource, every enabled service channel with its open connections) follows the state; calls,
 * bytes, duration buckets and the slowest calls are those the sandbox carried ({@link TrafficResource}).
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
    private final BackendTraffic traffic;

    TrafficMonitoring(long sinceTime, BackendTraffic traffic) {
        this.sinceTime = sinceTime;
        this.traffic = traffic;
    }

    ObjectNode backends(SubaccountData subaccount) {
        ObjectNode item = head(subaccount);
        ArrayNode connections = item.putArray("backendConnections");
        for (MappingData mapping : subaccount.systemMappings) {
            connections.addObject()
                    .put("virtualBackend", mapping.key())
                    .put("internalBackend", mapping.localHost + ":" + mapping.localPort)
                    .put("protocol", mapping.protocol)
                    .put("idle", 0)
                    .put("active", traffic.active(subaccount.key(), mapping.key()));
        }
        return item;
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
            long[] counts = traffic.backend(subaccount.key(), mapping.key()).buckets;
            for (int i = 0; i < BUCKET_BOUNDS.size(); i++) {
                buckets.addObject().put("numberOfCalls", counts[i]).put("minimumCallDurationMs", BUCKET_BOUNDS.get(i));
            }
        }
        return item;
    }

    ObjectNode topTimeConsumers(SubaccountData subaccount) {
        ObjectNode item = head(subaccount).put("sinceTime", sinceTime);
        ArrayNode requests = item.putArray("requests");
        for (BackendTraffic.Call call : traffic.slowest(subaccount.key())) {
            ObjectNode entry = requests.addObject().put("startTime", call.startTime()).put("id", call.id())
                    .put("protocol", call.protocol()).put("virtualBackend", call.virtualBackend())
                    .put("internalBackend", call.internalBackend()).put("resource", call.resource())
                    .put("sentBytes", call.sentBytes()).put("receivedBytes", call.receivedBytes());
            if (call.user() != null) {
                entry.put("user", call.user());
            }
            entry.put("totalTime", call.totalTime()).put("externalTime", call.externalTime()).put("genSsoTime", 0)
                    .put("openRemoteTime", 0).put("validateSsoTime", 0).put("latencyTime", call.latencyTime());
        }
        return item;
    }

    ObjectNode usage(SubaccountData subaccount) {
        ObjectNode item = head(subaccount).put("sinceTime", sinceTime);
        ArrayNode list = item.putArray("usageStatistics");
        for (MappingData mapping : subaccount.systemMappings) {
            ObjectNode entry = list.addObject().put("virtualHost", mapping.virtualHost)
                    .put("virtualPort", mapping.virtualPort).put("protocol", mapping.protocol);
            usage(entry, traffic.backend(subaccount.key(), mapping.key()));
            ArrayNode resources = entry.putArray("resources");
            for (ResourceData resource : mapping.resources) {
                ObjectNode resourceEntry = resources.addObject().put("resourceName", resource.id)
                        .put("enabled", resource.enabled);
                usage(resourceEntry, traffic.resource(subaccount.key(), mapping.key(), resource.id));
            }
        }
        item.putArray("serviceChannelUsageStatistics");
        return item;
    }

    /** Calls and bytes; {@code mostRecentAccess} only once something went through, as the real connector omits it. */
    private static void usage(ObjectNode entry, BackendTraffic.Figures figures) {
        entry.put("bytesReceived", figures.bytesReceived).put("bytesSent", figures.bytesSent).put("calls", figures.calls);
        if (figures.calls > 0) {
            entry.put("mostRecentAccess", figures.mostRecentAccess);
        }
    }

    private static ObjectNode head(SubaccountData subaccount) {
        return JsonNodeFactory.instance.objectNode().put("regionHost", subaccount.regionHost)
                .put("subaccount", subaccount.subaccount).put("locationID", subaccount.locationID);
    }
}
