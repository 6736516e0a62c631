package dev.connectorconsole.connector;

import static dev.connectorconsole.connector.ResponseParser.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the JSON of the high-availability endpoints (scc-api.md §4.8). */
final class HaParser {
    private HaParser() {}

    static MasterHaConfig masterConfig(String body) {
        JsonNode node = object(body);
        JsonNode haPort = node.get("haPort");
        return new MasterHaConfig(node.path("haEnabled").asBoolean(),
                haPort == null || haPort.isNull() ? null : haPort.asInt(), text(node, "allowedShadowHost"));
    }

    static MasterHaState masterState(String body) {
        JsonNode node = object(body);
        return new MasterHaState(text(node, "state"), text(node, "shadowHost"));
    }

    static ShadowHaConfig shadowConfig(String body) {
        JsonNode node = object(body);
        JsonNode haPort = node.get("haPort");
        return new ShadowHaConfig(text(node, "masterHost"), node.path("masterPort").asInt(0), text(node, "ownHost"),
                haPort == null || haPort.isNull() ? null : haPort.asInt(),
                node.path("checkIntervalInSeconds").asInt(), node.path("takeoverDelayInSeconds").asInt(),
                node.path("connectTimeoutInMillis").asInt(), node.path("requestTimeoutInMillis").asInt());
    }

    static ShadowHaState shadowState(String body) {
        JsonNode node = object(body);
        return new ShadowHaState(text(node, "state"), strings(node.get("ownHosts")), text(node, "stateMessage"),
                strings(node.get("masterVersions")));
    }

    static byte[] masterConfigBody(MasterHaConfig config) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode().put("haEnabled", config.haEnabled());
        if (config.haPort() != null) {
            body.put("haPort", config.haPort());
        }
        return bytes(body.put("allowedShadowHost", config.allowedShadowHost()));
    }

    static byte[] shadowConfigBody(ShadowHaConfig config) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode()
                .put("masterHost", config.masterHost())
                .put("masterPort", String.valueOf(config.masterPort()))
                .put("ownHost", config.ownHost() == null ? "" : config.ownHost());
        if (config.haPort() != null) {
            body.put("haPort", config.haPort());
        }
        return bytes(body.put("checkIntervalInSeconds", config.checkIntervalInSeconds())
                .put("takeoverDelayInSeconds", config.takeoverDelayInSeconds())
                .put("connectTimeoutInMillis", config.connectTimeoutInMillis())
                .put("requestTimeoutInMillis", config.requestTimeoutInMillis()));
    }

    static byte[] operation(String op) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("op", op));
    }

    static byte[] bytes(ObjectNode body) {
        try {
            return ResponseParser.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static JsonNode object(String body) {
        try {
            JsonNode node = ResponseParser.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
