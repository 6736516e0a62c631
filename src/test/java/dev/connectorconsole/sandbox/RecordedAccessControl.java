package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The system mappings, resources and domain mappings a recording reads without creating them: noted while
 * {@link RecordingReplayer#prepare()} walks the recording, then created in a sandbox before the replay. A mapping whose
 * recorded counts name more resources than the recording shows gets placeholder resources, so the counts match.
 */
final class RecordedAccessControl {
    private static final String BASE = "/api/v1/configuration/subaccounts";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** subaccount path ("region/id") + "|" + mapping key → recorded mapping body (null: only its path was seen). */
    private final Map<String, JsonNode> mappings = new LinkedHashMap<>();
    private final Map<String, Map<String, JsonNode>> resources = new LinkedHashMap<>();
    private final Map<String, Map<String, JsonNode>> domains = new LinkedHashMap<>();
    private final Set<String> createdInRecording = new HashSet<>();

    /** Notes what one interaction below {@code .../<region>/<id>/} shows; segments as decoded by the sandbox. */
    void note(Recording.Interaction interaction, List<String> segments) {
        String subaccount = segments.get(4) + "/" + segments.get(5);
        boolean read = interaction.method().equals("GET") && interaction.status() == 200;
        boolean create = interaction.method().equals("POST") && interaction.status() < 300;
        if (segments.get(6).equals("domainMappings") && segments.size() == 7) {
            if (create) {
                createdInRecording.add(subaccount + "|domain|" + parse(interaction.requestBody()).get("internalDomain").asText());
            } else if (read) {
                parse(interaction.responseBody()).forEach(item -> {
                    if (!createdInRecording.contains(subaccount + "|domain|" + item.get("internalDomain").asText())) {
                        domains.computeIfAbsent(subaccount, k -> new LinkedHashMap<>()).put(item.get("internalDomain").asText(), item);
                    }
                });
            }
            return;
        }
        if (!segments.get(6).equals("systemMappings")) {
            return;
        }
        if (segments.size() == 7) {
            if (create) {
                JsonNode body = parse(interaction.requestBody());
                createdInRecording.add(subaccount + "|" + body.get("virtualHost").asText() + ":" + body.get("virtualPort").asText());
            } else if (read) {
                parse(interaction.responseBody()).forEach(item -> noteMapping(subaccount + "|"
                        + item.get("virtualHost").asText() + ":" + item.get("virtualPort").asText(), item));
            }
            return;
        }
        String mapping = subaccount + "|" + segments.get(7);
        noteMapping(mapping, segments.size() == 8 && read ? parse(interaction.responseBody()) : null);
        if (segments.size() == 9 && segments.get(8).equals("resources")) {
            if (create) {
                createdInRecording.add(mapping + "|" + parse(interaction.requestBody()).get("id").asText());
            } else if (read) {
                parse(interaction.responseBody()).forEach(item -> noteResource(mapping, item));
            }
        } else if (segments.size() == 10 && segments.get(8).equals("resources") && read) {
            noteResource(mapping, parse(interaction.responseBody()));
        }
    }

    private void noteMapping(String mapping, JsonNode recorded) {
        if (createdInRecording.contains(mapping)) {
            return;
        }
        if (recorded != null || !mappings.containsKey(mapping)) {
            mappings.put(mapping, recorded);
        }
    }

    private void noteResource(String mapping, JsonNode recorded) {
        if (!createdInRecording.contains(mapping) && !createdInRecording.contains(mapping + "|" + recorded.get("id").asText())) {
            resources.computeIfAbsent(mapping, k -> new LinkedHashMap<>()).put(recorded.get("id").asText(), recorded);
        }
    }

    /** Creates everything noted (the subaccounts exist already). */
    void createIn(SandboxFixture sandbox) {
        mappings.forEach((mapping, recorded) -> {
            String[] parts = mapping.split("\\|", 2);
            String base = BASE + "/" + parts[0] + "/systemMappings";
            sandbox.send("POST", base, mappingBody(parts[1], recorded).toString()).expect(201);
            String resourcesPath = base + "/" + parts[1] + "/resources";
            Map<String, JsonNode> shown = resources.getOrDefault(mapping, Map.of());
            int enabled = 0;
            for (JsonNode resource : shown.values()) {
                ObjectNode body = resource.deepCopy();
                body.remove(List.of("creationDate", "_links"));
                sandbox.send("POST", resourcesPath, body.toString()).expect(201);
                enabled += resource.get("enabled").asBoolean() ? 1 : 0;
            }
            int total = recorded == null ? 0 : recorded.get("totalResourcesCount").asInt();
            int enabledTotal = recorded == null ? 0 : recorded.get("enabledResourcesCount").asInt();
            for (int i = shown.size(); i < total; i++) {
                boolean enable = enabled < enabledTotal;
                enabled += enable ? 1 : 0;
                sandbox.send("POST", resourcesPath, "{\"id\":\"/placeholder-" + i + "\",\"enabled\":" + enable + "}").expect(201);
            }
        });
        domains.forEach((subaccount, items) -> items.values().forEach(item -> {
            ObjectNode body = item.deepCopy();
            body.remove("_links");
            sandbox.send("POST", BASE + "/" + subaccount + "/domainMappings", body.toString()).expect(201);
        }));
    }

    private static ObjectNode mappingBody(String key, JsonNode recorded) {
        if (recorded != null) {
            ObjectNode body = recorded.deepCopy();
            body.remove(List.of("creationDate", "totalResourcesCount", "enabledResourcesCount", "_links"));
            return body;
        }
        String[] hostPort = key.split(":", 2);
        return MAPPER.createObjectNode().put("virtualHost", hostPort[0]).put("virtualPort", hostPort[1])
                .put("localHost", "placeholder-internal").put("localPort", hostPort[1])
                .put("protocol", "HTTP").put("backendType", "abapSys").put("authenticationMode", "NONE");
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return fail("recorded body is not JSON: " + json, e);
        }
    }
}
