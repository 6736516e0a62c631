package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every recorded 2xx body of system mappings, their resources, domain mappings and service channels (SCC 2.19.0.2)
 * goes through the client's parsers, and each field is checked against the raw JSON; what the client would send back
 * for a recorded request has the recorded request's keys. Fails when a family was never exercised.
 */
class AccessControlRecordingsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    enum Family { MAPPING_LIST, MAPPING, RESOURCE_LIST, RESOURCE, DOMAIN_LIST, CHANNEL_LIST, CHANNEL, REQUEST_BODY }

    private final Map<Family, Integer> parsed = new EnumMap<>(Family.class);

    @Test
    void everyRecordedAccessControlAndChannelBodyIsUnderstood() throws IOException {
        List<Path> cassettes;
        try (Stream<Path> files = Files.walk(RecordingsTest.recordingsDir())) {
            cassettes = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path cassette : cassettes) {
            for (JsonNode interaction : YAML.readTree(cassette.toFile()).get("interactions")) {
                check(cassette.getFileName() + " #" + interaction.get("id").asText(), interaction);
            }
        }
        assertThat(parsed.keySet()).as("families exercised").containsExactlyInAnyOrder(Family.values());
    }

    private void check(String where, JsonNode interaction) throws IOException {
        JsonNode request = interaction.get("request");
        int status = interaction.get("response").get("code").asInt();
        String body = interaction.get("response").get("body").asText();
        List<String> path = Stream.of(URI.create(request.get("url").asText()).getRawPath().split("/"))
                .filter(s -> !s.isEmpty()).map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
        if (path.size() < 7 || !path.get(3).equals("subaccounts") || status >= 300) {
            return;
        }
        String method = request.get("method").asText();
        String kind = path.get(6);
        if (!method.equals("GET")) {
            checkRequest(where, kind, path, request.get("body").asText());
            return;
        }
        JsonNode raw = ResponseParser.MAPPER.readTree(body);
        if (kind.equals("systemMappings") && path.size() == 7) {
            List<SystemMapping> list = AccessControlParser.mappings(body);
            assertThat(list).as(where).hasSize(raw.size());
            for (int i = 0; i < list.size(); i++) {
                checkMapping(where, raw.get(i), list.get(i));
            }
            count(Family.MAPPING_LIST);
        } else if (kind.equals("systemMappings") && path.size() == 8) {
            checkMapping(where, raw, AccessControlParser.mapping(body));
            assertThat(AccessControlParser.mapping(body).key()).as(where).isEqualTo(path.get(7));
            count(Family.MAPPING);
        } else if (kind.equals("systemMappings") && path.size() == 9) {
            List<MappingResource> list = AccessControlParser.resources(body);
            assertThat(list).as(where).hasSize(raw.size());
            for (int i = 0; i < list.size(); i++) {
                checkResource(where, raw.get(i), list.get(i));
            }
            count(Family.RESOURCE_LIST);
        } else if (kind.equals("systemMappings") && path.size() == 10) {
            MappingResource resource = AccessControlParser.resource(body);
            checkResource(where, raw, resource);
            assertThat(ResourceIds.encode(resource.id())).as(where + ": the id encodes to the path used").isEqualTo(path.get(9));
            count(Family.RESOURCE);
        } else if (kind.equals("domainMappings")) {
            List<DomainMapping> list = AccessControlParser.domainMappings(body);
            assertThat(list).as(where).hasSize(raw.size()).isNotEmpty();
            for (int i = 0; i < list.size(); i++) {
                assertThat(list.get(i)).as(where).isEqualTo(new DomainMapping(raw.get(i).get("virtualDomain").asText(),
                        raw.get(i).get("internalDomain").asText()));
            }
            count(Family.DOMAIN_LIST);
        } else if (kind.equals("channels")) {
            ServiceChannelType type = ServiceChannelType.fromApi(path.get(7));
            assertThat(type).as(where).isNotNull();
            if (path.size() == 8) {
                List<ServiceChannel> list = ChannelParser.channels(body, type);
                assertThat(list).as(where).hasSize(raw.size());
                for (int i = 0; i < list.size(); i++) {
                    checkChannel(where, raw.get(i), list.get(i));
                }
                count(Family.CHANNEL_LIST);
            } else {
                checkChannel(where, raw, ChannelParser.channel(body, type));
                count(Family.CHANNEL);
            }
        }
    }

    private static void checkMapping(String where, JsonNode raw, SystemMapping mapping) {
        assertThat(mapping.virtualHost()).as(where).isEqualTo(raw.get("virtualHost").asText());
        assertThat(mapping.virtualPort()).as(where).isEqualTo(raw.get("virtualPort").asText());
        assertThat(mapping.localHost()).as(where).isEqualTo(raw.get("localHost").asText());
        assertThat(mapping.localPort()).as(where).isEqualTo(raw.get("localPort").asText());
        assertThat(mapping.protocol()).as(where).isIn("HTTP", "HTTPS").isEqualTo(raw.get("protocol").asText());
        assertThat(mapping.backendType()).as(where).isEqualTo(raw.get("backendType").asText());
        assertThat(mapping.authenticationMode()).as(where).isEqualTo(raw.get("authenticationMode").asText());
        assertThat(mapping.hostInHeader()).as(where).isIn("VIRTUAL", "INTERNAL");
        assertThat(mapping.sid()).as(where).isEqualTo(raw.has("sid") ? raw.get("sid").asText() : null);
        assertThat(mapping.description()).as(where).isEqualTo(raw.has("description") ? raw.get("description").asText() : null);
        assertThat(mapping.creationDate()).as(where).isEqualTo(Instant.ofEpochMilli(Long.parseLong(raw.get("creationDate").asText())));
        assertThat(mapping.totalResourcesCount()).as(where).isEqualTo(raw.get("totalResourcesCount").asInt());
        assertThat(mapping.enabledResourcesCount()).as(where).isEqualTo(raw.get("enabledResourcesCount").asInt());
        assertThat(mapping.allowedClients()).as(where).hasSize(raw.get("allowedClients").size());
        assertThat(mapping.blockedUsers()).as(where).hasSize(raw.get("blacklistedUsers").size());
    }

    private static void checkResource(String where, JsonNode raw, MappingResource resource) {
        assertThat(resource.id()).as(where).isEqualTo(raw.get("id").asText());
        assertThat(resource.enabled()).as(where).isEqualTo(raw.get("enabled").asBoolean());
        assertThat(resource.exactMatchOnly()).as(where).isEqualTo(raw.get("exactMatchOnly").asBoolean());
        assertThat(resource.websocketUpgradeAllowed()).as(where).isEqualTo(raw.get("websocketUpgradeAllowed").asBoolean());
        assertThat(resource.description()).as(where).isEqualTo(raw.get("description").asText());
        assertThat(resource.creationDate()).as(where).isEqualTo(Instant.ofEpochMilli(Long.parseLong(raw.get("creationDate").asText())));
    }

    private static void checkChannel(String where, JsonNode raw, ServiceChannel channel) {
        assertThat(channel.id()).as(where).isEqualTo(raw.get("id").asLong()).isPositive();
        assertThat(channel.type().apiName()).as(where).isEqualTo(raw.get("type").asText());
        assertThat(channel.port()).as(where).isEqualTo(raw.get("port").asInt()).isPositive();
        assertThat(channel.enabled()).as(where).isEqualTo(raw.get("enabled").asBoolean());
        assertThat(channel.connections()).as(where).isEqualTo(raw.get("connections").asInt());
        assertThat(channel.comment()).as(where).isEqualTo(raw.get("comment").asText());
        assertThat(channel.state()).as(where + ": state only when enabled").isEqualTo(raw.has("state") ? channel.state() : null);
        if (channel.type() == ServiceChannelType.K8S) {
            assertThat(channel.k8sCluster()).as(where).isEqualTo(raw.get("k8sCluster").asText());
            assertThat(channel.k8sService()).as(where).isEqualTo(raw.get("k8sService").asText());
        } else {
            assertThat(channel.abapCloudTenantHost()).as(where).isEqualTo(raw.get("abapCloudTenantHost").asText());
            assertThat(channel.instanceNumber()).as(where).isEqualTo(raw.get("instanceNumber").asInt());
        }
    }

    /** The body the client would send for the same operation has the keys of the recorded one. */
    private void checkRequest(String where, String kind, List<String> path, String body) throws IOException {
        if (body.isEmpty() || !body.startsWith("{")) {
            return;
        }
        JsonNode recorded = ResponseParser.MAPPER.readTree(body);
        byte[] ours;
        if (kind.equals("systemMappings") && path.size() == 7 || kind.equals("systemMappings") && path.size() == 8) {
            ours = AccessControlBodies.mapping(AccessControlParser.mapping(body));
        } else if (kind.equals("systemMappings") && path.size() >= 9) {
            ours = AccessControlBodies.resource(AccessControlParser.resource(body), recorded.has("id"));
        } else if (kind.equals("domainMappings")) {
            ours = AccessControlBodies.domain(new DomainMapping(recorded.get("virtualDomain").asText(),
                    recorded.get("internalDomain").asText()));
        } else {
            return;
        }
        List<String> sent = names(ResponseParser.MAPPER.readTree(ours));
        assertThat(sent).as(where + ": keys the client sends").containsAll(names(recorded));
        count(Family.REQUEST_BODY);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void count(Family family) {
        parsed.merge(family, 1, Integer::sum);
    }
}
