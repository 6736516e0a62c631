package dev.connectorconsole.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.common.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and writes the JSON of the connector-wide settings: proxy, subject pattern rules, log levels, audit, alerting. */
final class ConnectorSettingsJson {
    private ConnectorSettingsJson() {}

    static Optional<ProxySettings> proxy(String body) {
        JsonNode root = AccessControlParser.object(body);
        if (!root.hasNonNull("host") || root.get("host").asText().isBlank()) {
            return Optional.empty();
        }
        String user = root.path("user").asText("");
        return Optional.of(new ProxySettings(root.get("host").asText(), Integer.parseInt(root.path("port").asText("0").trim()),
                user.isEmpty() ? null : user, root.hasNonNull("password") && !root.get("password").asText().isEmpty()));
    }

    /** Without a password the connector keeps the one it has (same user); the field is then left out. */
    static byte[] proxy(String host, int port, String user, Secret password) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode().put("host", host).put("port", port);
        if (user != null && !user.isBlank()) {
            body.put("user", user);
            if (password != null) {
                body.put("password", password.value());
            }
        }
        return bytes(body);
    }

    static List<SubjectPatternRule> rules(String body) {
        return AccessControlParser.list(body, node -> {
            Map<String, String> pattern = new LinkedHashMap<>();
            node.path("subjectPattern").fields().forEachRemaining(field -> pattern.put(field.getKey(), field.getValue().asText()));
            String text = node.path("condition").asText("");
            String description = node.hasNonNull("description") ? node.get("description").asText() : null;
            return new SubjectPatternRule(description, SubjectPatternCondition.fromText(text), text, pattern);
        });
    }

    static byte[] rule(SubjectPatternRule rule) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        SubjectPatternCondition condition = rule.condition();
        ObjectNode conditionNode = body.putObject("condition")
                .put("variable", condition.variable()).put("operator", condition.operator());
        if (condition.needsValue()) {
            conditionNode.put("value", condition.value());
        }
        if (rule.description() != null && !rule.description().isBlank()) {
            body.put("description", rule.description());
        }
        ObjectNode pattern = body.putObject("subjectPattern");
        for (String key : SubjectPatternRule.PATTERN_KEYS) {
            String value = rule.subjectPattern().get(key);
            if (value != null && !value.isBlank()) {
                pattern.put(key, value);
            }
        }
        return bytes(body);
    }

    static LogAndTraceLevels logLevels(String body) {
        JsonNode root = AccessControlParser.object(body);
        return new LogAndTraceLevels(root.path("sccLogLevel").asText(), root.path("otherLogLevel").asText(),
                root.path("cpicTraceLevel").asInt(), root.path("tlsTrace").asBoolean());
    }

    static byte[] logLevels(LogAndTraceLevels levels) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("sccLogLevel", levels.sccLogLevel())
                .put("otherLogLevel", levels.otherLogLevel()).put("cpicTraceLevel", levels.cpicTraceLevel())
                .put("tlsTrace", levels.tlsTrace()));
    }

    static SubaccountTrace subaccountTrace(String body) {
        JsonNode root = AccessControlParser.object(body);
        return new SubaccountTrace(root.path("trafficTrace").asBoolean(), root.path("payloadSncTrace").asBoolean());
    }

    static byte[] subaccountTrace(SubaccountTrace trace) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("trafficTrace", trace.trafficTrace())
                .put("payloadSncTrace", trace.payloadSncTrace()));
    }

    static String auditLevel(String body) {
        return AccessControlParser.object(body).path("level").asText();
    }

    static byte[] auditLevelBody(String level) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("level", level));
    }

    static AuditLogSettings audit(String body) {
        JsonNode root = AccessControlParser.object(body);
        return new AuditLogSettings(root.path("level").asText(), root.path("cleanup").asInt());
    }

    static byte[] audit(AuditLogSettings audit) {
        return bytes(ResponseParser.MAPPER.createObjectNode().put("level", audit.level()).put("cleanup", audit.cleanupDays()));
    }

    static AlertThresholds thresholds(String body) {
        JsonNode thresholds = AccessControlParser.object(body).path("thresholds");
        return new AlertThresholds(thresholds.path("cpuLoad").asInt(), thresholds.path("cpuLoadViolationToleranceSec").asInt(),
                thresholds.path("freeDiskSpaceMb").asLong(), thresholds.path("certificateValidityDays").asInt());
    }

    static byte[] thresholds(AlertThresholds thresholds) {
        ObjectNode body = ResponseParser.MAPPER.createObjectNode();
        body.putObject("thresholds").put("cpuLoad", thresholds.cpuLoad())
                .put("cpuLoadViolationToleranceSec", thresholds.cpuLoadViolationToleranceSec())
                .put("freeDiskSpaceMb", thresholds.freeDiskSpaceMb())
                .put("certificateValidityDays", thresholds.certificateValidityDays());
        return bytes(body);
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return ResponseParser.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
