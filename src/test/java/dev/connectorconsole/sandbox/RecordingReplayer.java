package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Replays a recording against a sandbox: first creates what the recorded connector already had (subaccounts and
 * service channels read but never created in the recording), then sends every recorded request and compares the answer
 * with the recorded one: status, content type, cache control, Location on 201, cookie and CSRF headers, the JSON keys
 * at every level, JSON value types, and values except ids, links, timestamps and redacted certificate fields.
 */
final class RecordingReplayer {
    static final String CLOUD_PASSWORD = "sandbox-cloud-secret";
    private static final String BASE = "/api/v1/configuration/subaccounts";
    private static final String PROXY = "/api/v1/configuration/connector/proxy";
    private static final Set<String> VOLATILE = Set.of("connectedSinceTimeStamp", "notAfterTimeStamp", "notBeforeTimeStamp",
            "subjectDN", "issuer", "serialNumber", "href", "id", "creationDate");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern LOG_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} [+-]\\d{4}");

    private final SandboxFixture sandbox;
    private final Recording recording;
    private final Set<String> knownSubaccounts = new HashSet<>();
    private final Set<String> typesCreatedInRecording = new HashSet<>();
    /** recorded "type/id" → the id the sandbox gave that channel. */
    private final Map<String, String> channelIds = new HashMap<>();
    private final RecordedAccessControl accessControl = new RecordedAccessControl();
    private int replayed;

    RecordingReplayer(SandboxFixture sandbox, Recording recording) {
        this.sandbox = sandbox;
        this.recording = recording;
    }

    /** Creates the subaccounts, channels, mappings and domain mappings the recording reads without creating them. */
    void prepare() {
        prepareProxy();
        for (Recording.Interaction interaction : recording.interactions()) {
            List<String> segments = SandboxHttpHandler.segments(interaction.path());
            boolean success = interaction.status() < 300;
            if (interaction.path().equals(BASE)) {
                if (interaction.method().equals("POST") && success) {
                    JsonNode created = parse(interaction.responseBody());
                    knownSubaccounts.add(created.get("subaccount").asText() + "@" + created.get("regionHost").asText());
                } else if (interaction.method().equals("GET") && success) {
                    parse(interaction.responseBody()).forEach(item -> ensureSubaccount(item.get("regionHost").asText(),
                            item.get("subaccount").asText(), null));
                }
                continue;
            }
            if (segments.size() < 6 || !interaction.path().startsWith(BASE + "/") || interaction.status() == 404) {
                continue;
            }
            String region = segments.get(4);
            String id = segments.get(5);
            boolean entityRead = segments.size() == 6 && interaction.method().equals("GET") && success;
            ensureSubaccount(region, id, entityRead ? parse(interaction.responseBody()) : null);
            if (segments.size() >= 8 && segments.get(6).equals("channels")) {
                prepareChannels(interaction, segments, region, id);
            } else if (segments.size() >= 7) {
                accessControl.note(interaction, segments);
            }
        }
        accessControl.createIn(sandbox);
    }

    /** A recording that reads the proxy before setting it found one configured: configure the same (with a password). */
    private void prepareProxy() {
        recording.interactions().stream()
                .filter(interaction -> interaction.path().equals(PROXY))
                .findFirst()
                .filter(first -> first.method().equals("GET") && first.status() == 200)
                .map(first -> (ObjectNode) parse(first.responseBody()))
                .filter(proxy -> proxy.has("host"))
                .ifPresent(proxy -> {
                    if (proxy.has("password")) {
                        proxy.put("password", "sandbox-proxy-secret");
                    }
                    assertThat(sandbox.send("PUT", PROXY, proxy.toString()).status()).as("proxy configured").isEqualTo(204);
                });
    }

    private void prepareChannels(Recording.Interaction interaction, List<String> segments, String region, String id) {
        String type = segments.get(7);
        String typeKey = id + "@" + region + "/" + type;
        if (segments.size() == 8 && interaction.method().equals("POST")) {
            typesCreatedInRecording.add(typeKey);
        }
        if (typesCreatedInRecording.contains(typeKey) || !interaction.method().equals("GET") || interaction.status() != 200) {
            return;
        }
        if (segments.size() == 8) {
            parse(interaction.responseBody()).forEach(item -> ensureChannel(region, id, type, item));
        } else if (segments.size() == 9) {
            ensureChannel(region, id, type, parse(interaction.responseBody()));
        }
    }

    private void ensureSubaccount(String region, String id, JsonNode recordedEntity) {
        if (!knownSubaccounts.add(id + "@" + region)) {
            return;
        }
        ObjectNode body = MAPPER.createObjectNode()
                .put("regionHost", region).put("subaccount", id)
                .put("cloudUser", "cloud-user@example.com").put("cloudPassword", CLOUD_PASSWORD);
        if (recordedEntity != null) {
            for (String field : new String[] {"displayName", "description", "locationID"}) {
                body.put(field, recordedEntity.path(field).asText(""));
            }
            body.put("autoCertRenewal", recordedEntity.path("autoCertRenewal").asBoolean());
        }
        sandbox.send("POST", BASE, body.toString()).expect(201);
    }

    private void ensureChannel(String region, String id, String type, JsonNode recordedChannel) {
        String recordedKey = type + "/" + recordedChannel.get("id").asText();
        if (channelIds.containsKey(recordedKey)) {
            return;
        }
        ObjectNode body = recordedChannel.deepCopy();
        body.remove(List.of("id", "type", "enabled", "_links", "state"));
        Reply created = sandbox.send("POST", BASE + "/" + region + "/" + id + "/channels/" + type, body.toString()).expect(201);
        String location = created.header("Location").orElseThrow();
        channelIds.put(recordedKey, location.substring(location.lastIndexOf('/') + 1));
    }

    /** Replays every interaction; returns how many were compared. */
    int replayAll() {
        for (Recording.Interaction interaction : recording.interactions()) {
            replay(interaction);
        }
        return replayed;
    }

    private void replay(Recording.Interaction interaction) {
        String path = mapChannelIds(interaction.path());
        String body = requestBody(interaction);
        String where = recording.file().getFileName() + " #" + interaction.id() + " " + interaction.method() + " " + path;
        Reply reply = sandbox.send(interaction.method(), path, body.isEmpty() ? null : body);

        assertThat(reply.status()).as("%s: status (body %s)", where, reply.body()).isEqualTo(interaction.status());
        assertThat(reply.header("Content-Type")).as("%s: Content-Type", where).isEqualTo(interaction.header("Content-Type"));
        assertThat(reply.header("Cache-Control")).as("%s: Cache-Control", where).isEqualTo(interaction.header("Cache-Control"));
        assertThat(reply.header("Location").isPresent()).as("%s: Location present", where)
                .isEqualTo(interaction.header("Location").isPresent());
        if (interaction.status() == 201) {
            assertThat(reply.header("Location").orElseThrow()).as("%s: Location is absolute", where).startsWith("https://");
        }
        assertThat(reply.header("Set-Cookie").orElse("")).as("%s: Set-Cookie", where).matches("JSESSIONID=\\w+;.*");
        assertThat(reply.header("X-CSRF-Token")).as("%s: X-CSRF-Token", where).isPresent();
        if (interaction.responseBody().isEmpty()) {
            assertThat(reply.body()).as("%s: body", where).isEmpty();
        } else {
            compare(where, "$", parse(interaction.responseBody()), reply.json());
        }
        replayed++;
    }

    private String requestBody(Recording.Interaction interaction) {
        if (interaction.requestBody().isEmpty() || !interaction.requestBody().startsWith("{")) {
            return interaction.requestBody();
        }
        ObjectNode body = (ObjectNode) parse(interaction.requestBody());
        if (body.has("cloudPassword")) {
            body.put("cloudPassword", CLOUD_PASSWORD);
        }
        if (body.has("authenticationData")) {
            JsonNode created = parse(interaction.responseBody());
            body.put("authenticationData", new SandboxAuthenticationData(created.get("regionHost").asText(),
                    created.get("subaccount").asText(), created.get("displayName").asText(),
                    created.path("tunnel").path("user").asText()).encode());
        }
        return body.toString();
    }

    private String mapChannelIds(String path) {
        List<String> segments = SandboxHttpHandler.segments(path);
        if (segments.size() >= 9 && segments.get(6).equals("channels")) {
            String mapped = channelIds.get(segments.get(7) + "/" + segments.get(8));
            if (mapped != null) {
                return path.replace("/channels/" + segments.get(7) + "/" + segments.get(8), "/channels/" + segments.get(7) + "/" + mapped);
            }
        }
        return path;
    }

    private void compare(String where, String jsonPath, JsonNode recorded, JsonNode actual) {
        String at = where + " at " + jsonPath;
        if (recorded.isObject()) {
            assertThat(actual.isObject()).as("%s: object", at).isTrue();
            assertThat(fieldNames(actual)).as("%s: keys", at).isEqualTo(fieldNames(recorded));
            if (recorded.has("type") && recorded.has("id") && recorded.has("_links")) {
                channelIds.putIfAbsent(recorded.get("type").asText() + "/" + recorded.get("id").asText(), actual.get("id").asText());
            }
            recorded.fieldNames().forEachRemaining(key -> compareField(where, jsonPath + "." + key, key, recorded.get(key), actual.get(key)));
        } else if (recorded.isArray()) {
            assertThat(actual.isArray()).as("%s: array", at).isTrue();
            if (jsonPath.endsWith(".applicationConnections") && recorded.isEmpty()) {
                actual.forEach(item -> assertThat(fieldNames(item)).as("%s: simulated application connection", at)
                        .containsExactly("connectionCount", "name", "type"));
                return;
            }
            assertThat(actual.size()).as("%s: array size", at).isEqualTo(recorded.size());
            for (int i = 0; i < recorded.size(); i++) {
                compare(where, jsonPath + "[" + i + "]", recorded.get(i), actual.get(i));
            }
        } else {
            assertThat(actual.getNodeType()).as("%s: JSON type", at).isEqualTo(recorded.getNodeType());
            assertThat(withoutLogTime(actual.asText())).as("%s: value", at).isEqualTo(withoutLogTime(recorded.asText()));
        }
    }

    private void compareField(String where, String jsonPath, String key, JsonNode recorded, JsonNode actual) {
        boolean volatileValue = VOLATILE.contains(key) || jsonPath.endsWith(".tunnel.connections");
        if (!volatileValue || recorded.isContainerNode()) {
            compare(where, jsonPath, recorded, actual);
            return;
        }
        String at = where + " at " + jsonPath;
        assertThat(actual.getNodeType()).as("%s: JSON type", at).isEqualTo(recorded.getNodeType());
        if (key.equals("connectedSinceTimeStamp")) {
            assertThat(actual.asLong() == 0).as("%s: zero exactly when recorded as zero", at).isEqualTo(recorded.asLong() == 0);
        }
    }

    /** Error messages name the time of the trace entries ("logged on or around 2026-07-07 05:40:29,629 +0000"). */
    private static String withoutLogTime(String text) {
        return LOG_TIME.matcher(text).replaceAll("<time>");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return fail("recorded body is not JSON: " + json, e);
        }
    }
}
