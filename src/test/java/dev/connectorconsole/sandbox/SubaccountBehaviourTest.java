package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emulated subaccount life cycle and the documented SANDBOX rules. */
class SubaccountBehaviourTest {
    private static final String BASE = "/api/v1/configuration/subaccounts";
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "7c0e8d52-2f3a-4b6e-9d1f-0a1b2c3d4e5f";
    private static final String ONE = BASE + "/" + REGION + "/" + ID;

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.initialized(dataDir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static String create(String region, String id, String password, String extra) {
        return "{\"regionHost\":\"" + region + "\",\"subaccount\":\"" + id + "\",\"cloudUser\":\"ops@example.com\","
                + "\"cloudPassword\":\"" + password + "\"" + extra + "}";
    }

    @Test
    void createConnectsAndAnswers201WithLocationAndEntity() {
        Reply created = sandbox.send("POST", BASE, create(REGION, ID, "s3cret", ",\"autoCertRenewal\":\"true\"")).expect(201);
        assertThat(created.header("Location")).contains(sandbox.server().baseUri() + ONE);
        JsonNode entity = created.json();
        assertThat(entity.get("displayName").asText()).isEqualTo(ID);
        assertThat(entity.get("autoCertRenewal").asBoolean()).isTrue();
        JsonNode tunnel = entity.get("tunnel");
        assertThat(tunnel.get("state").asText()).isEqualTo("Connected");
        assertThat(tunnel.get("user").asText()).isEqualTo("ops@example.com");
        long connectedSince = tunnel.get("connectedSinceTimeStamp").asLong();
        JsonNode certificate = tunnel.get("subaccountCertificate");
        assertThat(connectedSince - certificate.get("notBeforeTimeStamp").asLong()).isBetween(3_600_000L, 3_601_000L);
        assertThat(certificate.get("notAfterTimeStamp").asLong() - certificate.get("notBeforeTimeStamp").asLong())
                .isEqualTo(Duration.ofDays(365).plusHours(1).toMillis());
        assertThat(tunnel.get("applicationConnections")).hasSize(2)
                .allSatisfy(app -> assertThat(app.get("type").asText()).isEqualTo("JAVA"));
        assertThat(tunnel.get("connections").asInt()).isEqualTo(tunnel.get("applicationConnections").get(0).get("connectionCount").asInt()
                + tunnel.get("applicationConnections").get(1).get("connectionCount").asInt());
        assertThat(sandbox.send("GET", ONE, null).expect(200).json().get("tunnel").get("applicationConnections"))
                .isEqualTo(tunnel.get("applicationConnections"));

        JsonNode list = sandbox.send("GET", BASE, null).expect(200).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).fieldNames()).toIterable().containsExactly("_links", "regionHost", "subaccount", "locationID");
        assertThat(list.get(0).get("_links").get("self").get("href").asText()).isEqualTo(sandbox.server().baseUri() + ONE);
    }

    @Test
    void aSecondCreateOfTheSameSubaccountIsAConflict() {
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", "")).expect(201);
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", ""))
                .expectError(409, "INVALID_CONFIGURATION", "Subaccount already added");
    }

    @Test
    void aPasswordTheCloudRejectsStoresNothing() {
        sandbox.send("POST", BASE, create(REGION, ID, "my-WRONG-password", "")).expectError(400, "INVALID_REQUEST",
                "Authentication of user 'ops@example.com' at region host '" + REGION
                        + "' failed: the user or password is not valid for this subaccount");
        assertThat(sandbox.send("GET", BASE, null).body()).isEqualTo("[]");
    }

    @Test
    void anUnreachableRegionEndsInConnectFailure() {
        String region = "cf.nowhere.invalid";
        JsonNode tunnel = sandbox.send("POST", BASE, create(region, ID, "s3cret", "")).expect(201).json().get("tunnel");
        assertThat(tunnel.get("state").asText()).isEqualTo("ConnectFailure");
        assertThat(tunnel.get("connectedSinceTimeStamp").asLong()).isZero();
        assertThat(tunnel.has("subaccountCertificate")).isFalse();
        sandbox.send("POST", BASE + "/" + region + "/" + ID + "/validity", "{\"user\":\"ops@example.com\",\"password\":\"x\"}")
                .expect(500);
    }

    @Test
    void updateChangesOnlyWhatIsSentAndEmptyResets() {
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", ",\"displayName\":\"Sales\",\"description\":\"d\",\"locationID\":\"loc1\""))
                .expect(201);
        JsonNode updated = sandbox.send("PUT", ONE, "{\"description\":\"new\"}").expect(200).json();
        assertThat(updated.get("displayName").asText()).isEqualTo("Sales");
        assertThat(updated.get("locationID").asText()).isEqualTo("loc1");
        assertThat(updated.get("description").asText()).isEqualTo("new");
        updated = sandbox.send("PUT", ONE, "{\"displayName\":\"\",\"locationID\":\"\",\"autoCertRenewal\":\"true\"}").expect(200).json();
        assertThat(updated.get("displayName").asText()).isEqualTo(ID);
        assertThat(updated.get("locationID").asText()).isEmpty();
        assertThat(updated.get("autoCertRenewal").asBoolean()).isTrue();
        sandbox.send("PUT", ONE, "{\"autoCertRenewal\":\"maybe\"}").expect(400);
    }

    @Test
    void disconnectAndReconnectTheTunnel() {
        long firstSince = sandbox.send("POST", BASE, create(REGION, ID, "s3cret", "")).expect(201).json()
                .get("tunnel").get("connectedSinceTimeStamp").asLong();
        sandbox.send("PUT", ONE + "/state", "{\"connected\":false}").expect(204);
        JsonNode tunnel = sandbox.send("GET", ONE, null).json().get("tunnel");
        assertThat(tunnel.get("state").asText()).isEqualTo("Disconnected");
        assertThat(tunnel.get("connectedSinceTimeStamp").asLong()).isZero();
        assertThat(tunnel.get("applicationConnections")).isEmpty();
        assertThat(tunnel.has("subaccountCertificate")).isTrue();
        sandbox.send("PUT", ONE + "/state", "{\"connected\":\"true\"}").expect(204);
        tunnel = sandbox.send("GET", ONE, null).json().get("tunnel");
        assertThat(tunnel.get("state").asText()).isEqualTo("Connected");
        assertThat(tunnel.get("connectedSinceTimeStamp").asLong()).isGreaterThanOrEqualTo(firstSince);
        sandbox.send("PUT", ONE + "/state", "{}").expectError(400, "INVALID_REQUEST", "Mandatory property 'connected' is missing");
    }

    @Test
    void renewingTheCertificateIssuesNewDatesAndChecksTheCredentials() {
        JsonNode before = sandbox.send("POST", BASE, create(REGION, ID, "s3cret", "")).expect(201).json()
                .get("tunnel").get("subaccountCertificate");
        sandbox.send("POST", ONE + "/validity", "{\"user\":\"ops@example.com\",\"password\":\"wrong\"}").expect(400);
        sandbox.send("POST", ONE + "/validity", "{\"user\":\"ops@example.com\"}")
                .expectError(400, "INVALID_REQUEST", "Mandatory property 'password' is missing");
        JsonNode after = sandbox.send("POST", ONE + "/validity", "{\"user\":\"ops@example.com\",\"password\":\"s3cret\"}")
                .expect(200).json().get("tunnel").get("subaccountCertificate");
        assertThat(after.get("serialNumber").asText()).isNotEqualTo(before.get("serialNumber").asText());
        assertThat(after.get("notAfterTimeStamp").asLong()).isGreaterThanOrEqualTo(before.get("notAfterTimeStamp").asLong());
        String otherData = new SandboxAuthenticationData(REGION, "someone-else", null, null).encode();
        sandbox.send("POST", ONE + "/validity", "{\"authenticationData\":\"" + otherData + "\"}").expect(400);
    }

    @Test
    void authenticationDataCreatesTheSubaccountItNames() {
        String data = new SandboxAuthenticationData(REGION, ID, "Cockpit Name", "owner@example.com").encode();
        JsonNode entity = sandbox.send("POST", BASE, "{\"authenticationData\":\"" + data + "\",\"displayName\":\"\"}").expect(201).json();
        assertThat(entity.get("subaccount").asText()).isEqualTo(ID);
        assertThat(entity.get("regionHost").asText()).isEqualTo(REGION);
        assertThat(entity.get("displayName").asText()).isEqualTo("Cockpit Name");
        assertThat(entity.get("tunnel").get("user").asText()).isEqualTo("owner@example.com");
        sandbox.send("POST", BASE, "{\"authenticationData\":\"not-base64-json\"}").expectError(400, "INVALID_REQUEST",
                "The authentication data is not valid: download it again from the subaccount's cockpit page");
    }

    @Test
    void aSubaccountOpenInAnotherSessionCannotBeChanged() {
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", "")).expect(201);
        sandbox.server().lock(REGION, ID);
        Reply locked = sandbox.send("DELETE", ONE, null).expect(409);
        assertThat(locked.json().get("type").asText()).isEqualTo("ILLEGAL_STATE");
        sandbox.send("PUT", ONE, "{\"description\":\"x\"}").expect(409);
        sandbox.send("GET", ONE, null).expect(200);
        sandbox.server().unlock(REGION, ID);
        sandbox.send("DELETE", ONE, null).expect(204);
        sandbox.send("GET", ONE, null).expectError(404, "NOT_FOUND",
                "Subaccount with value '" + ID + "@" + REGION + "' does not exist");
    }

    @Test
    void monitoringListsEverySubaccountInItsEnvelope() {
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", ",\"description\":\"watched\"")).expect(201);
        assertThat(sandbox.server().seed(3)).isEqualTo(4);
        JsonNode monitoring = sandbox.send("GET", "/api/monitoring/subaccounts", null).expect(200).json();
        assertThat(monitoring.get("version").asInt()).isEqualTo(1);
        assertThat(monitoring.get("subaccounts")).hasSize(4).allSatisfy(item -> {
            assertThat(item.fieldNames()).toIterable()
                    .containsExactly("regionHost", "subaccount", "displayName", "description", "locationID", "tunnel");
            assertThat(item.get("tunnel").get("state").asText()).isEqualTo("Connected");
            assertThat(item.get("tunnel").get("subaccountCertificate").fieldNames()).toIterable()
                    .containsExactly("notAfterTimeStamp", "notBeforeTimeStamp", "subjectDN", "issuer");
        });
        assertThat(monitoring.get("subaccounts").get(0).get("description").asText()).isEqualTo("watched");
        assertThat(monitoring.get("subaccounts").get(1).get("subaccount").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void serviceChannelsOpenOnlyWithAConnectedTunnelAndAReachableHost() {
        sandbox.send("POST", BASE, create(REGION, ID, "s3cret", "")).expect(201);
        Reply created = sandbox.send("POST", ONE + "/channels/K8S",
                "{\"k8sCluster\":\"cluster.example.com\",\"k8sService\":\"svc-1\",\"port\":\"3000\",\"connections\":\"2\"}").expect(201);
        assertThat(created.body()).isEmpty();
        String channel = created.header("Location").orElseThrow();
        String channelPath = channel.substring(sandbox.server().baseUri().toString().length());
        sandbox.send("PUT", channelPath + "/state", "{\"enabled\":true}").expect(204);
        JsonNode item = sandbox.send("GET", channelPath, null).expect(200).json();
        assertThat(item.get("enabled").asBoolean()).isTrue();
        assertThat(item.get("state").get("connected").asBoolean()).isTrue();
        assertThat(sandbox.send("GET", ONE, null).json().get("tunnel").get("serviceChannels")).hasSize(1);

        sandbox.send("PUT", ONE + "/state", "{\"connected\":false}").expect(204);
        sandbox.send("PUT", channelPath + "/state", "{\"enabled\":\"false\"}").expect(204);
        Reply failed = sandbox.send("PUT", channelPath + "/state", "{\"enabled\":\"true\"}").expect(500);
        assertThat(failed.json().get("type").asText()).isEqualTo("RUNTIME_FAILURE");
        sandbox.send("DELETE", channelPath, null).expect(204);
        sandbox.send("GET", channelPath, null).expect(404);
    }

    @Test
    void aShadowInstanceRefusesSubaccountChanges(@TempDir Path shadowDir) {
        try (SandboxFixture shadow = SandboxFixture.fresh(shadowDir)) {
            shadow.changeInitialPassword();
            shadow.send("POST", "/api/v1/configuration/connector/haRole", "\"shadow\"").expect(204);
            shadow.send("POST", BASE, create(REGION, ID, "s3cret", ""))
                    .expectError(403, "FORBIDDEN_REQUEST", "operation is not allowed on a shadow instance");
            shadow.send("GET", BASE, null).expect(200);
        }
    }
}
