package dev.connectorconsole.connector;

import static dev.connectorconsole.connector.AccessControlParser.object;
import static dev.connectorconsole.connector.AccessControlParser.tree;
import static dev.connectorconsole.connector.ResponseParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Reads the monitoring API of issue 15 (scc-api.md §4.10). Tolerant: unknown fields are ignored, numbers may come as
 * strings, a missing number is 0, a per-subaccount item may name its subaccount {@code subaccount}/{@code regionHost}
 * or {@code subaccountName}/{@code subaccountRegion} (SAP's screenshots show both).
 */
final class MonitoringParser {
    private MonitoringParser() {}

    static List<ConnectorAlert> alerts(String body) {
        JsonNode root = tree(body);
        JsonNode items = root.isArray() ? root : root.get("alerts");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("no alerts array");
        }
        List<ConnectorAlert> alerts = new ArrayList<>();
        for (JsonNode item : items) {
            alerts.add(new ConnectorAlert(Timestamps.fromMillis(item.get("timestamp")), text(item, "status"),
                    text(item, "type"), text(item, "origin"), orEmpty(text(item, "message")),
                    orEmpty(text(item, "entity"))));
        }
        return alerts;
    }

    /** The whole {@code {expired, expiring, ok}} object; a missing group is empty. */
    static List<MonitoredCertificate> certificates(String body) {
        JsonNode root = object(body);
        List<MonitoredCertificate> result = new ArrayList<>();
        for (MonitoredCertificate.Validity validity : MonitoredCertificate.Validity.values()) {
            JsonNode group = root.get(validity.name().toLowerCase(Locale.ROOT));
            if (group != null && group.isArray()) {
                group.forEach(item -> result.add(certificate(item, validity)));
            }
        }
        return result;
    }

    /** One group ({@code /certificates/expired} etc.): an array of items. */
    static List<MonitoredCertificate> certificates(String body, MonitoredCertificate.Validity validity) {
        return AccessControlParser.list(body, item -> certificate(item, validity));
    }

    private static MonitoredCertificate certificate(JsonNode item, MonitoredCertificate.Validity validity) {
        return new MonitoredCertificate(validity, text(item, "type"), Timestamps.fromMillis(item.get("validTo")),
                text(item, "subjectDN"), text(item, "issuerDN"), text(item, "serialNumber"),
                text(item, "subaccountName"), text(item, "subaccountRegion"));
    }

    static MemoryUsage memory(String body) {
        JsonNode root = object(body);
        JsonNode heap = root.path("cloudConnectorHeapKB");
        return new MemoryUsage(split(root.path("physicalKB")), split(root.path("virtualKB")), number(heap, "total"),
                number(heap, "used"), number(heap, "free"));
    }

    static CpuUsage cpu(String body) {
        JsonNode root = object(body);
        return new CpuUsage(decimal(root, "total"), decimal(root, "CloudConnector"));
    }

    static ResourceSplit disk(String body) {
        return split(object(body));
    }

    static List<ServiceChannelConnection> serviceChannels(String body) {
        return perSubaccount(body, "serviceChannelConnections", (subaccount, item) -> new ServiceChannelConnection(
                regionHost(subaccount), subaccountId(subaccount), (int) number(item, "port"),
                text(item.path("typeDesc"), "typeKey"), text(item.path("typeDesc"), "typeName"),
                (int) number(item, "connections")));
    }

    static List<BackendPerformance> performance(String body) {
        return perSubaccount(body, "backendPerformance", (subaccount, item) -> {
            List<BackendPerformance.Bucket> buckets = new ArrayList<>();
            item.path("buckets").forEach(bucket -> buckets.add(new BackendPerformance.Bucket(
                    number(bucket, "minimumCallDurationMs"), number(bucket, "numberOfCalls"))));
            return new BackendPerformance(regionHost(subaccount), subaccountId(subaccount), text(item, "virtualHost"),
                    text(item, "virtualPort"), text(item, "protocol"), Timestamps.fromAny(subaccount.get("sinceTime")),
                    List.copyOf(buckets));
        });
    }

    static List<SlowCall> topTimeConsumers(String body) {
        return perSubaccount(body, "requests", (subaccount, item) -> new SlowCall(regionHost(subaccount),
                subaccountId(subaccount), Timestamps.fromAny(item.get("startTime")), text(item, "protocol"),
                text(item, "virtualBackend"), text(item, "internalBackend"), text(item, "resource"),
                text(item, "user"), number(item, "sentBytes"), number(item, "receivedBytes"),
                number(item, "totalTime"), number(item, "externalTime"), number(item, "latencyTime")));
    }

    static List<BackendUsage> usage(String body) {
        return perSubaccount(body, "usageStatistics", (subaccount, item) -> new BackendUsage(regionHost(subaccount),
                subaccountId(subaccount), text(item, "virtualHost"), text(item, "virtualPort"), text(item, "protocol"),
                number(item, "calls"), number(item, "bytesReceived"), number(item, "bytesSent"),
                Timestamps.fromAny(item.get("mostRecentAccess"))));
    }

    /** Flattens {@code {"subaccounts":[{…, <listField>:[item…]}]}} into one list. */
    private static <T> List<T> perSubaccount(String body, String listField,
                                             java.util.function.BiFunction<JsonNode, JsonNode, T> item) {
        JsonNode subaccounts = object(body).get("subaccounts");
        if (subaccounts == null || !subaccounts.isArray()) {
            throw new IllegalArgumentException("no subaccounts array");
        }
        List<T> result = new ArrayList<>();
        BiConsumer<JsonNode, JsonNode> add = (subaccount, entry) -> result.add(item.apply(subaccount, entry));
        subaccounts.forEach(subaccount -> subaccount.path(listField).forEach(entry -> add.accept(subaccount, entry)));
        return result;
    }

    private static String subaccountId(JsonNode item) {
        String id = text(item, "subaccount");
        return id != null ? id : text(item, "subaccountName");
    }

    private static String regionHost(JsonNode item) {
        String region = text(item, "regionHost");
        return region != null ? region : text(item, "subaccountRegion");
    }

    private static ResourceSplit split(JsonNode node) {
        return new ResourceSplit(number(node, "total"), number(node, "CloudConnector"), number(node, "others"),
                number(node, "free"));
    }

    private static long number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? 0 : value.asLong(0);
    }

    private static double decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? 0 : value.asDouble(0);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
