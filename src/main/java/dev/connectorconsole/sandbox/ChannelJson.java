package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Service channel types, their request fields and their JSON shape (as recorded from SCC 2.19). */
final class ChannelJson {
    /** A type-specific field: its name and whether it is a number. */
    private record Field(String name, boolean numeric) {}

    private static final Map<String, List<Field>> TYPES = Map.of(
            "K8S", List.of(new Field("k8sCluster", false), new Field("k8sService", false), new Field("port", true)),
            "ABAPCloud", List.of(new Field("abapCloudTenantHost", false), new Field("instanceNumber", true)),
            "ABAPCloudSNC", List.of(new Field("abapCloudTenantHost", false), new Field("instanceNumber", true)),
            "HANA", List.of(new Field("hanaInstanceName", false), new Field("instanceNumber", true)),
            "VirtualMachine", List.of(new Field("name", false), new Field("endpointId", false), new Field("port", true)));

    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");

    private ChannelJson() {}

    static boolean knownType(String type) {
        return TYPES.containsKey(type);
    }

    /** Validates a create/replace body and returns the stored fields (type-specific ones, port, connections, comment). */
    static ObjectNode fieldsFrom(String type, JsonNode body) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (Field field : TYPES.get(type)) {
            if (field.numeric) {
                Long value = JsonFields.optionalLong(body, field.name);
                if (value == null) {
                    throw ApiException.invalidRequest("Mandatory property '" + field.name + "' is missing");
                }
                fields.put(field.name, value);
            } else {
                fields.put(field.name, JsonFields.requiredString(body, field.name));
            }
        }
        if (fields.has("instanceNumber")) {
            long instance = fields.get("instanceNumber").asLong();
            if (instance < 0 || instance > 99) {
                throw ApiException.invalidRequest("Property 'instanceNumber' must be between 00 and 99");
            }
            fields.put("port", derivedPort(type, (int) instance));
        }
        long port = fields.get("port").asLong();
        if (port < 1 || port > 65_535) {
            throw ApiException.invalidRequest("Property 'port' must be between 1 and 65535");
        }
        Long connections = JsonFields.optionalLong(body, "connections");
        if (connections != null && (connections < 1 || connections > 100)) {
            throw ApiException.invalidRequest("Property 'connections' must be between 1 and 100");
        }
        fields.put("connections", connections == null ? 1 : connections);
        String comment = JsonFields.optionalString(body, "comment");
        fields.put("comment", comment == null ? "" : comment);
        return fields;
    }

    private static int derivedPort(String type, int instance) {
        return switch (type) {
            case "ABAPCloud" -> 3300 + instance;
            case "ABAPCloudSNC" -> 4800 + instance;
            default -> 30_015 + 100 * instance;
        };
    }

    static ObjectNode item(String subaccountUrl, ChannelData channel, long connectedSince) {
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        for (Field field : TYPES.get(channel.type)) {
            if (!field.name.equals("port")) {
                item.set(field.name, channel.fields.get(field.name));
            }
        }
        item.put("id", channel.id);
        item.put("type", channel.type);
        item.set("port", channel.fields.get("port"));
        item.put("enabled", channel.enabled);
        item.set("connections", channel.fields.get("connections"));
        item.set("comment", channel.fields.get("comment"));
        if (channel.enabled) {
            ObjectNode state = item.putObject("state");
            state.put("connected", connectedSince > 0);
            state.put("openedConnections", connectedSince > 0 ? channel.fields.get("connections").asInt() : 0);
            state.put("connectedSinceTimeStamp", connectedSince);
        }
        String self = selfUrl(subaccountUrl, channel);
        ObjectNode links = item.putObject("_links");
        links.putObject("self").put("href", self);
        links.putObject("state").put("href", self + "/state");
        return item;
    }

    static String selfUrl(String subaccountUrl, ChannelData channel) {
        return subaccountUrl + "/channels/" + channel.type + "/" + channel.id;
    }

    /** The "details" text of a channel in the tunnel's serviceChannels list: target host:port. */
    static String details(ChannelData channel) {
        String host = channel.fields.path("k8sCluster").asText(channel.fields.path("abapCloudTenantHost")
                .asText(channel.fields.path("hanaInstanceName").asText(channel.fields.path("name").asText(""))));
        return host + ":" + channel.fields.path("port").asText();
    }

    /** The host a channel opens a connection to. */
    static String targetHost(ChannelData channel) {
        return details(channel).replaceFirst(":[0-9]+$", "");
    }

    /** Whether the sandbox can "open" a channel to this host: a DNS name that does not end in ".invalid". */
    static boolean reachable(String host) {
        return HOST_NAME.matcher(host).matches() && !TunnelSimulator.unreachable(host);
    }
}
