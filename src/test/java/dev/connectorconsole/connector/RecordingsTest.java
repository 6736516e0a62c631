package dev.connectorconsole.connector;

import dev.connectorconsole.testsupport.Recordings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.connectorconsole.connector.SccException.Kind;
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
 * Feeds every response recorded from a real SCC 2.19.0.2 / 2.18.x (SAP's Terraform provider fixtures) that belongs to
 * an endpoint this client supports through the client's own parsing and error mapping, and checks the fields against
 * the raw JSON. Fails when an endpoint family was never exercised, so it cannot pass on an empty folder.
 * <p>
 * Not in the recordings (so covered elsewhere with documented bodies): the connector settings, HA role, certificate
 * renewal and monitoring endpoints, and the 400 / 409 error bodies — the {@code resource_subaccount_err_*} cassettes
 * only hold version calls, because the Terraform provider rejected those inputs before sending them.
 */
class RecordingsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";

    enum Family { VERSION, SUBACCOUNT_LIST, SUBACCOUNT_ENTITY, SUBACCOUNT_STATE, NOT_FOUND_ERROR, SERVER_ERROR }

    private final Map<Family, Integer> parsed = new EnumMap<>(Family.class);
    private int connectedEntities;
    private int disconnectedEntities;

    @Test
    void everyRecordedAnswerOfASupportedEndpointIsUnderstood() throws IOException {
        List<Path> cassettes = cassettes();
        assertThat(cassettes).as("recordings under " + recordingsDir()).hasSizeGreaterThan(40);

        for (Path cassette : cassettes) {
            for (JsonNode interaction : YAML.readTree(cassette.toFile()).get("interactions")) {
                check(cassette.getFileName().toString(), interaction);
            }
        }

        assertThat(parsed.keySet()).as("endpoint families exercised").containsExactlyInAnyOrder(Family.values());
        assertThat(connectedEntities).as("entities with a connected tunnel").isPositive();
        assertThat(disconnectedEntities).as("entities read after PUT state {connected:false}").isPositive();
    }

    private void check(String file, JsonNode interaction) throws IOException {
        JsonNode request = interaction.get("request");
        JsonNode response = interaction.get("response");
        String method = request.get("method").asText();
        List<String> path = segments(URI.create(request.get("url").asText()).getRawPath());
        int status = response.get("code").asInt();
        String body = response.get("body").asText();
        String where = file + " " + method + " " + String.join("/", path) + " -> " + status;

        if (status >= 400) {
            checkError(where, status, body);
        } else if (path.equals(segments("/api/v1/connector/version"))) {
            assertThat(ResponseParser.version(body)).as(where).matches("2\\.1[89]\\.\\d+(\\.\\d+)?");
            count(Family.VERSION);
        } else if (path.equals(segments(SUBACCOUNTS)) && method.equals("GET")) {
            checkList(where, body);
        } else if (path.size() == 6 && path.subList(0, 4).equals(segments(SUBACCOUNTS))
                && !method.equals("DELETE")) {
            checkEntity(where, body, path.get(4), path.get(5));
        } else if (path.size() == 7 && path.subList(0, 4).equals(segments(SUBACCOUNTS))
                && path.get(6).equals("state") && method.equals("PUT")) {
            assertThat(new Answer(status, null, body).successful()).as(where).isTrue();
            assertThat(ResponseParser.MAPPER.readTree(request.get("body").asText()).get("connected").isBoolean())
                    .as(where + ": the request body the client sends has the same shape").isTrue();
            count(Family.SUBACCOUNT_STATE);
        }
    }

    private void checkList(String where, String body) throws IOException {
        JsonNode raw = ResponseParser.MAPPER.readTree(body);
        List<SubaccountSummary> list = ResponseParser.subaccounts(body);
        assertThat(list).as(where).hasSize(raw.size()).isNotEmpty();
        for (int i = 0; i < list.size(); i++) {
            assertThat(list.get(i).subaccount()).as(where).isEqualTo(raw.get(i).get("subaccount").asText())
                    .matches("[0-9a-f-]{36}");
            assertThat(list.get(i).regionHost()).as(where).endsWith(".hana.ondemand.com");
            assertThat(list.get(i).locationID()).as(where).isNotNull();
        }
        count(Family.SUBACCOUNT_LIST);
    }

    private void checkEntity(String where, String body, String regionHost, String subaccountId) throws IOException {
        JsonNode raw = ResponseParser.MAPPER.readTree(body);
        Subaccount subaccount = ResponseParser.subaccount(body, regionHost, subaccountId);

        assertThat(subaccount.regionHost()).as(where).isEqualTo(regionHost);
        assertThat(subaccount.subaccount()).as(where).isEqualTo(subaccountId);
        assertThat(subaccount.displayName()).as(where).isNotBlank();
        assertThat(subaccount.locationID()).as(where).isEqualTo(raw.path("locationID").asText(""));
        assertThat(subaccount.description()).as(where).isEqualTo(raw.get("description").asText());
        Tunnel tunnel = subaccount.tunnel();
        JsonNode rawTunnel = raw.get("tunnel");
        long since = rawTunnel.get("connectedSinceTimeStamp").asLong();
        if (tunnel.state() == TunnelState.CONNECTED) {
            assertThat(tunnel.connectedSince()).as(where).isEqualTo(Instant.ofEpochMilli(since));
            connectedEntities++;
        } else {
            assertThat(tunnel.state()).as(where).isEqualTo(TunnelState.DISCONNECTED);
            assertThat(tunnel.connectedSince()).as(where + ": connectedSinceTimeStamp 0 means none").isNull();
            disconnectedEntities++;
        }
        SubaccountCertificate certificate = tunnel.subaccountCertificate();
        JsonNode rawCertificate = rawTunnel.get("subaccountCertificate");
        assertThat(certificate.notAfter()).as(where)
                .isEqualTo(Instant.ofEpochMilli(rawCertificate.get("notAfterTimeStamp").asLong()))
                .isAfter(certificate.notBefore());
        assertThat(certificate.subjectDN()).as(where).startsWith("CN=");
        assertThat(tunnel.user()).as(where).isEqualTo("cloud-user@example.com");
        count(Family.SUBACCOUNT_ENTITY);
    }

    private void checkError(String where, int status, String body) {
        SccException failure = ErrorMapper.fromResponse(status, body, List.of());
        if (status == 404) {
            assertThat(failure.kind()).as(where).isEqualTo(Kind.NOT_FOUND);
            assertThat(failure.type()).as(where).isEqualTo("NOT_FOUND");
            assertThat(failure.serverMessage()).as(where)
                    .matches("Subaccount with value '[0-9a-f-]{36}@cf\\.[a-z0-9]+\\.hana\\.ondemand\\.com' does not exist");
            assertThat(failure.getMessage()).as(where).startsWith("The connector does not know it: Subaccount with value")
                    .endsWith("(404)");
            count(Family.NOT_FOUND_ERROR);
        } else if (status == 500) {
            assertThat(failure.kind()).as(where).isEqualTo(Kind.SERVER_ERROR);
            assertThat(failure.type()).as(where).isEqualTo("RUNTIME_FAILURE");
            assertThat(failure.serverMessage()).as(where).startsWith("Service channel could not be opened.");
            count(Family.SERVER_ERROR);
        } else {
            throw new AssertionError(where + ": an error status this test does not know yet: " + body);
        }
    }

    private void count(Family family) {
        parsed.merge(family, 1, Integer::sum);
    }

    private static List<String> segments(String rawPath) {
        return Stream.of(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
    }

    private static List<Path> cassettes() throws IOException {
        try (Stream<Path> files = Files.walk(recordingsDir())) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    static Path recordingsDir() {
        return Recordings.folder();
    }
}
