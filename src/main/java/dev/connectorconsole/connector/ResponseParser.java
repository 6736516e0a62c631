package dev.connectorconsole.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the connector's JSON answers into the models, tolerating what differs between connector versions: unknown
 * fields, absent or empty {@code locationID}, absent {@code displayName}, {@code connectedSince} as a formatted string
 * (before {@code connectedSinceTimeStamp} existed), booleans and numbers sent as strings, {@code ha} as string or object.
 * Used by {@link SccClient} and by the recordings test, so both exercise the same code.
 */
final class ResponseParser {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResponseParser() {}

    static String version(String body) {
        String version = text(object(body), "version");
        if (version == null) {
            throw new IllegalArgumentException("no version field");
        }
        return version;
    }

    static ConnectorInfo connectorInfo(String body) {
        JsonNode root = object(body);
        JsonNode ha = root.get("ha");
        String role = ha != null && ha.isObject() ? text(ha, "role") : text(root, "ha");
        if (role == null) {
            role = text(root, "role");
        }
        return new ConnectorInfo(role, text(root, "description"));
    }

    /**
     * The HA role: a JSON string such as {@code "master"}, tolerated also as bare text or {@code {"role": ...}}.
     * Null while no role is chosen (the answer is then empty or {@code "undefined"}).
     */
    static String haRole(String body) {
        String role = rawHaRole(body);
        return role == null || role.equalsIgnoreCase("undefined") ? null : role;
    }

    private static String rawHaRole(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(trimmed);
            if (node.isTextual()) {
                return emptyToNull(node.asText());
            }
            if (node.isObject()) {
                return text(node, "role");
            }
        } catch (JsonProcessingException e) {
            // Not JSON: some versions answer the bare word.
        }
        return emptyToNull(trimmed.replace("\"", ""));
    }

    static List<SubaccountSummary> subaccounts(String body) {
        JsonNode root = tree(body);
        if (!root.isArray()) {
            throw new IllegalArgumentException("subaccount list is not an array");
        }
        List<SubaccountSummary> result = new ArrayList<>(root.size());
        for (JsonNode item : root) {
            result.add(new SubaccountSummary(text(item, "regionHost"), text(item, "subaccount"),
                    orEmpty(text(item, "locationID"))));
        }
        return result;
    }

    /** @param regionHost,subaccount taken from the request path when the body lacks them */
    static Subaccount subaccount(String body, String regionHost, String subaccount) {
        JsonNode root = object(body);
        String region = orDefault(text(root, "regionHost"), regionHost);
        String id = orDefault(text(root, "subaccount"), subaccount);
        return new Subaccount(region, id, orEmpty(text(root, "locationID")),
                orDefault(text(root, "displayName"), id), text(root, "description"),
                bool(root, "autoCertRenewal"), bool(root, "isManaged"), tunnel(root.get("tunnel")));
    }

    static List<MonitoredSubaccount> monitoringSubaccounts(String body) {
        JsonNode root = tree(body);
        JsonNode items = root.isArray() ? root : root.get("subaccounts");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("no subaccounts array");
        }
        List<MonitoredSubaccount> result = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            String id = text(item, "subaccount");
            result.add(new MonitoredSubaccount(text(item, "regionHost"), id, orDefault(text(item, "displayName"), id),
                    text(item, "description"), orEmpty(text(item, "locationID")), tunnel(item.get("tunnel"))));
        }
        return result;
    }

    /** The {@code {type, message}} of an error answer; {@link ErrorBody#NONE} when the body is not such JSON. */
    static ErrorBody errorBody(String body) {
        if (body == null || body.isBlank()) {
            return ErrorBody.NONE;
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                return ErrorBody.NONE;
            }
            return new ErrorBody(text(root, "type"), text(root, "message"));
        } catch (JsonProcessingException e) {
            return ErrorBody.NONE;
        }
    }

    static Tunnel tunnel(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Tunnel.unknown();
        }
        Instant connectedSince = node.has("connectedSinceTimeStamp")
                ? Timestamps.fromMillis(node.get("connectedSinceTimeStamp"))
                : Timestamps.fromAny(node.get("connectedSince"));
        List<ApplicationConnection> applications = new ArrayList<>();
        JsonNode apps = node.get("applicationConnections");
        if (apps != null && apps.isArray()) {
            for (JsonNode app : apps) {
                applications.add(new ApplicationConnection(integer(app, "connectionCount"), text(app, "name"),
                        text(app, "type")));
            }
        }
        return new Tunnel(TunnelState.fromApi(text(node, "state")), connectedSince, integer(node, "connections"),
                applications, certificate(node.get("subaccountCertificate")), text(node, "user"));
    }

    private static SubaccountCertificate certificate(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        return new SubaccountCertificate(
                node.has("notBeforeTimeStamp") ? Timestamps.fromMillis(node.get("notBeforeTimeStamp"))
                        : Timestamps.fromAny(node.get("notBefore")),
                node.has("notAfterTimeStamp") ? Timestamps.fromMillis(node.get("notAfterTimeStamp"))
                        : Timestamps.fromAny(node.get("notAfter")),
                text(node, "subjectDN"), text(node, "issuer"), text(node, "serialNumber"));
    }

    private static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("empty body");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static JsonNode object(String body) {
        JsonNode root = tree(body);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        return root;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && (value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asText()));
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? 0 : value.asInt(0);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
