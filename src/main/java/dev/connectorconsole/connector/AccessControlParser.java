package dev.connectorconsole.connector;

import static dev.connectorconsole.connector.ResponseParser.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads system mappings, their resources, RFC access lists, domain mappings and backend connections. Tolerant like
 * {@link ResponseParser}: ports and counts as numbers or strings, booleans also as strings, absent optional fields null.
 */
final class AccessControlParser {
    private AccessControlParser() {}

    static List<SystemMapping> mappings(String body) {
        return list(body, AccessControlParser::mapping);
    }

    static SystemMapping mapping(String body) {
        return mapping(object(body));
    }

    static SystemMapping mapping(JsonNode node) {
        return new SystemMapping(text(node, "virtualHost"), text(node, "virtualPort"), text(node, "localHost"),
                text(node, "localPort"), text(node, "protocol"), text(node, "backendType"),
                text(node, "authenticationMode"), text(node, "hostInHeader"), text(node, "sid"), text(node, "description"),
                text(node, "sncPartnerName"), text(node, "sapRouter"), strings(node.get("allowedClients")),
                blockedUsers(node.get("blacklistedUsers")), Timestamps.fromMillis(node.get("creationDate")),
                integer(node, "totalResourcesCount"), integer(node, "enabledResourcesCount"));
    }

    static List<MappingResource> resources(String body) {
        return list(body, AccessControlParser::resource);
    }

    static MappingResource resource(String body) {
        return resource(object(body));
    }

    static MappingResource resource(JsonNode node) {
        return new MappingResource(text(node, "id"), bool(node, "enabled"), bool(node, "exactMatchOnly"),
                bool(node, "websocketUpgradeAllowed"), text(node, "description"),
                Timestamps.fromMillis(node.get("creationDate")));
    }

    static List<DomainMapping> domainMappings(String body) {
        return list(body, node -> new DomainMapping(text(node, "virtualDomain"), text(node, "internalDomain")));
    }

    static List<String> allowedClients(String body) {
        return strings(tree(body));
    }

    static List<BlockedClientUser> blockedUsers(String body) {
        return blockedUsers(tree(body));
    }

    /** {@code /api/monitoring/connections/backends}: one entry per system mapping of every subaccount. */
    static List<BackendConnection> backendConnections(String body) {
        JsonNode items = object(body).get("subaccounts");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("no subaccounts array");
        }
        List<BackendConnection> result = new ArrayList<>();
        for (JsonNode subaccount : items) {
            for (JsonNode connection : subaccount.path("backendConnections")) {
                result.add(new BackendConnection(text(subaccount, "regionHost"), text(subaccount, "subaccount"),
                        orEmpty(text(subaccount, "locationID")), text(connection, "virtualBackend"),
                        text(connection, "internalBackend"), text(connection, "protocol"), integer(connection, "idle"),
                        integer(connection, "active")));
            }
        }
        return result;
    }

    private static List<BlockedClientUser> blockedUsers(JsonNode array) {
        List<BlockedClientUser> users = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> users.add(new BlockedClientUser(text(item, "client"), text(item, "user"))));
        }
        return users;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(item -> values.add(item.asText()));
        }
        return values;
    }

    static <T> List<T> list(String body, Function<JsonNode, T> item) {
        JsonNode root = tree(body);
        if (!root.isArray()) {
            throw new IllegalArgumentException("not a JSON array");
        }
        List<T> result = new ArrayList<>(root.size());
        root.forEach(node -> result.add(item.apply(node)));
        return result;
    }

    static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        try {
            return ResponseParser.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    static JsonNode object(String body) {
        JsonNode root = tree(body);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return root;
    }

    static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText()));
    }

    static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? 0 : value.asInt(0);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
