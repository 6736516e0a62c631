package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HttpsFixture.Recorded;
import dev.connectorconsole.connector.HttpsFixture.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the client puts on the wire for each operation, and what it makes of the answers, over real HTTPS. */
class SccClientRequestsTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "11111111-2222-3333-4444-555555555555";
    private static final String ENTITY_PATH = "/api/v1/configuration/subaccounts/" + REGION + "/" + ID;
    private static final String ENTITY = """
            {"description":"dev","displayName":"Development","autoCertRenewal":true,"isManaged":false,
             "tunnel":{"state":"Connected","connectedSinceTimeStamp":1785830559013,"connections":2,
               "applicationConnections":[{"connectionCount":2,"name":"acct:app","type":"JAVA"}],"serviceChannels":[],
               "subaccountCertificate":{"notAfterTimeStamp":1817366557000,"notBeforeTimeStamp":1785826957000,
                 "subjectDN":"CN=sub","issuer":"CN=SAP Cloud Platform Client CA","serialNumber":"aa:bb"},
               "user":"cloud-user@example.com"},
             "_links":{"self":{"href":"https://x/y"}},"regionHost":"%s","subaccount":"%s","locationID":"loc1"}
            """.formatted(REGION, ID);

    private HttpsFixture server;
    private SccClient client;

    @BeforeEach
    void start() {
        server = HttpsFixture.start(TestCertificates.selfSigned("scc-1"));
        client = new SccClient(server.endpoint(), new Credentials("Administrator", new Secret("manage")),
                TrustSettings.pinned(server.sha256()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void everyCallCarriesBasicCredentialsAndAsksForJson() {
        server.on("GET", "/api/v1/connector/version", Reply.json(200, "{\"version\":\"2.19.0.2\"}"));

        assertThat(client.version()).isEqualTo("2.19.0.2");

        Recorded request = server.requests().get(0);
        assertThat(request.header("Authorization")).isEqualTo("Basic " + base64("Administrator:manage"));
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Cookie")).isNull();
    }

    @Test
    void initialPasswordChangeSendsBothPasswordsAndLaterCallsUseTheNewOne() throws Exception {
        server.on("PUT", "/api/v1/configuration/connector/authentication/basic", Reply.noContent())
                .on("GET", "/api/v1/configuration/connector/haRole", Reply.json(200, "\"master\""));

        client.changeInitialPassword(new Secret("manage"), new Secret("N3w-Pa55"));
        assertThat(client.haRole()).isEqualTo("master");

        Recorded change = server.requests().get(0);
        assertThat(change.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = json(change.body());
        assertThat(body.get("oldPassword").asText()).isEqualTo("manage");
        assertThat(body.get("newPassword").asText()).isEqualTo("N3w-Pa55");
        assertThat(body.size()).as("only the two password fields: a user field would make it a no-op").isEqualTo(2);
        assertThat(server.requests().get(1).header("Authorization"))
                .isEqualTo("Basic " + base64("Administrator:N3w-Pa55"));
    }

    @Test
    void haRoleIsPostedAsAJsonString() {
        server.on("POST", "/api/v1/configuration/connector/haRole", Reply.noContent());

        client.setHaRole("master");

        Recorded request = server.requests().get(0);
        assertThat(request.body()).isEqualTo("\"master\"");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void connectorInfoAcceptsHaAsStringOrObject() {
        server.on("GET", "/api/v1/configuration/connector",
                Reply.json(200, "{\"ha\":\"master\",\"description\":\"lab\"}"));
        assertThat(client.connectorInfo()).isEqualTo(new ConnectorInfo("master", "lab"));

        server.on("GET", "/api/v1/configuration/connector",
                Reply.json(200, "{\"ha\":{\"role\":\"shadow\"},\"description\":\"\"}"));
        assertThat(client.connectorInfo()).isEqualTo(new ConnectorInfo("shadow", ""));
    }

    @Test
    void listsSubaccounts() {
        server.on("GET", "/api/v1/configuration/subaccounts", Reply.json(200, """
                [{"_links":{},"regionHost":"cf.eu10.hana.ondemand.com","subaccount":"a","locationID":""},
                 {"regionHost":"cf.us10.hana.ondemand.com","subaccount":"b"}]"""));

        assertThat(client.subaccounts()).containsExactly(
                new SubaccountSummary("cf.eu10.hana.ondemand.com", "a", ""),
                new SubaccountSummary("cf.us10.hana.ondemand.com", "b", ""));
    }

    @Test
    void readsASubaccountWithTunnelAndCertificate() {
        server.on("GET", ENTITY_PATH, Reply.json(200, ENTITY));

        Subaccount subaccount = client.subaccount(REGION, ID);

        assertThat(subaccount.displayName()).isEqualTo("Development");
        assertThat(subaccount.locationID()).isEqualTo("loc1");
        assertThat(subaccount.autoCertRenewal()).isTrue();
        Tunnel tunnel = subaccount.tunnel();
        assertThat(tunnel.state()).isEqualTo(TunnelState.CONNECTED);
        assertThat(tunnel.connectedSince()).isEqualTo(Instant.ofEpochMilli(1785830559013L));
        assertThat(tunnel.connections()).isEqualTo(2);
        assertThat(tunnel.applicationConnections()).containsExactly(new ApplicationConnection(2, "acct:app", "JAVA"));
        assertThat(tunnel.subaccountCertificate().notAfter()).isEqualTo(Instant.ofEpochMilli(1817366557000L));
        assertThat(tunnel.user()).isEqualTo("cloud-user@example.com");
    }

    @Test
    void pathSegmentsAreEncoded() {
        server.on("GET", "/api/v1/configuration/subaccounts/my%20region/a%2Fb%3Fc",
                Reply.json(200, "{\"displayName\":\"x\"}"));

        Subaccount subaccount = client.subaccount("my region", "a/b?c");

        assertThat(subaccount.regionHost()).as("taken from the request when the body lacks it").isEqualTo("my region");
        assertThat(subaccount.subaccount()).isEqualTo("a/b?c");
        assertThat(server.requests().get(0).rawPath()).isEqualTo("/api/v1/configuration/subaccounts/my%20region/a%2Fb%3Fc");
    }

    @Test
    void createSendsCloudCredentialsOnlyInTheBody() throws Exception {
        server.on("POST", "/api/v1/configuration/subaccounts", Reply.json(201, ENTITY));

        Subaccount created = client.create(new SubaccountCreate(REGION, ID, "cloud-user@example.com",
                new Secret("cl0ud-pw"), "Development", "loc1", "dev", true));

        assertThat(created.subaccount()).isEqualTo(ID);
        Recorded request = server.requests().get(0);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = json(request.body());
        assertThat(body.get("regionHost").asText()).isEqualTo(REGION);
        assertThat(body.get("subaccount").asText()).isEqualTo(ID);
        assertThat(body.get("cloudUser").asText()).isEqualTo("cloud-user@example.com");
        assertThat(body.get("cloudPassword").asText()).isEqualTo("cl0ud-pw");
        assertThat(body.get("displayName").asText()).isEqualTo("Development");
        assertThat(body.get("locationID").asText()).isEqualTo("loc1");
        assertThat(body.get("autoCertRenewal").asBoolean()).isTrue();
    }

    @Test
    void createWithAuthenticationDataSendsNoRegionOrUser() throws Exception {
        server.on("POST", "/api/v1/configuration/subaccounts", Reply.json(201, ENTITY));

        Subaccount created = client.create(SubaccountCreate.usingAuthenticationData(new Secret("opaque-auth-data"),
                null, null, "via auth data", null));

        assertThat(created.regionHost()).isEqualTo(REGION);
        JsonNode body = json(server.requests().get(0).body());
        assertThat(body.get("authenticationData").asText()).isEqualTo("opaque-auth-data");
        assertThat(body.get("description").asText()).isEqualTo("via auth data");
        assertThat(body.has("regionHost")).isFalse();
        assertThat(body.has("cloudUser")).isFalse();
        assertThat(body.has("displayName")).isFalse();
    }

    @Test
    void updateSendsOnlyTheFieldsToChange() throws Exception {
        server.on("PUT", ENTITY_PATH, Reply.json(200, ENTITY));

        client.update(REGION, ID, new SubaccountUpdate("Development", null, "", null));

        JsonNode body = json(server.requests().get(0).body());
        assertThat(body.get("displayName").asText()).isEqualTo("Development");
        assertThat(body.get("description").asText()).isEmpty();
        assertThat(body.has("locationID")).isFalse();
        assertThat(body.has("autoCertRenewal")).isFalse();
    }

    @Test
    void connectDisconnectAndDelete() throws Exception {
        server.on("PUT", ENTITY_PATH + "/state", Reply.noContent()).on("DELETE", ENTITY_PATH, Reply.noContent());

        client.disconnect(REGION, ID);
        client.connect(REGION, ID);
        client.delete(REGION, ID);

        assertThat(server.requests()).extracting(Recorded::method).containsExactly("PUT", "PUT", "DELETE");
        assertThat(json(server.requests().get(0).body()).get("connected").asBoolean()).isFalse();
        assertThat(json(server.requests().get(1).body()).get("connected").asBoolean()).isTrue();
    }

    @Test
    void renewCertificatePostsUserAndPasswordToValidity() throws Exception {
        server.on("POST", ENTITY_PATH + "/validity", Reply.json(200, ENTITY));

        Subaccount renewed = client.renewCertificate(REGION, ID, "cloud-user@example.com", new Secret("cl0ud-pw"));

        assertThat(renewed.tunnel().subaccountCertificate()).isNotNull();
        JsonNode body = json(server.requests().get(0).body());
        assertThat(body.get("user").asText()).isEqualTo("cloud-user@example.com");
        assertThat(body.get("password").asText()).isEqualTo("cl0ud-pw");
    }

    @Test
    void monitoringReadsTheEnvelope() {
        server.on("GET", "/api/monitoring/subaccounts", Reply.json(200, """
                {"subaccounts":[{"regionHost":"cf.eu10.hana.ondemand.com","subaccount":"abc","displayName":"ABC",
                  "locationID":"","tunnel":{"state":"ConnectFailure","connections":0}},
                 {"regionHost":"hana.ondemand.com","subaccount":"neo1",
                  "tunnel":{"state":"Connected","connectedSince":"2021-02-17T12:44:10.546 +0100"}}],"version":1}"""));

        var items = client.monitoringSubaccounts();

        assertThat(items).extracting(MonitoredSubaccount::displayName).containsExactly("ABC", "neo1");
        assertThat(items.get(0).tunnel().state()).isEqualTo(TunnelState.CONNECT_FAILURE);
        assertThat(items.get(0).tunnel().connectedSince()).isNull();
        assertThat(items.get(1).tunnel().connectedSince()).isEqualTo(Instant.parse("2021-02-17T11:44:10.546Z"));
    }

    @Test
    void pingSendsNoCredentials() {
        server.on("GET", "/exposed", Reply.json(200, ""));

        assertThat(client.ping()).isTrue();

        Recorded request = server.requests().get(0);
        assertThat(request.query()).isEqualTo("action=ping");
        assertThat(request.header("Authorization")).isNull();
    }

    @Test
    void pingIsFalseWhenTheConnectorIsGone() {
        server.close();

        assertThat(client.ping()).isFalse();
    }

    private static JsonNode json(String text) throws Exception {
        return ResponseParser.MAPPER.readTree(text);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
