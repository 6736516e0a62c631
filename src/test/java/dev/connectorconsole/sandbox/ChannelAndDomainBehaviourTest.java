package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.MAPPINGS;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.SUBACCOUNT;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Domain mappings, service channels, what a subaccount's deletion takes along, restarts and the backend monitoring. */
class ChannelAndDomainBehaviourTest {
    private static final String DOMAINS = SUBACCOUNT + "/domainMappings";
    private static final String CHANNELS = SUBACCOUNT + "/channels";
    private static final String K8S = "{\"k8sCluster\":\"cluster.example.com\",\"k8sService\":\"svc-1\",\"port\":\"3000\","
            + "\"connections\":\"2\",\"comment\":\"first\"}";
    private static final String ABAP = "{\"abapCloudTenantHost\":\"tenant.abap.example.com\",\"instanceNumber\":\"20\","
            + "\"connections\":1,\"comment\":\"\"}";

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.initialized(dataDir);
        SystemMappingBehaviourTest.createSubaccount(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void domainMappingsAreCreatedRenamedAndDeleted() {
        Reply created = sandbox.send("POST", DOMAINS, "{\"virtualDomain\":\"cloud.example\",\"internalDomain\":\"corp.local\"}")
                .expect(201);
        assertThat(created.body()).isEmpty();
        assertThat(created.header("Location")).contains(sandbox.server().baseUri() + DOMAINS + "/corp.local");
        sandbox.send("POST", DOMAINS, "{\"virtualDomain\":\"other.example\",\"internalDomain\":\"corp.local\"}")
                .expectError(409, "INVALID_CONFIGURATION", "Internal domain 'corp.local' is already mapped");
        sandbox.send("POST", DOMAINS, "{\"virtualDomain\":\"cloud.example\"}")
                .expectError(400, "INVALID_REQUEST", "Mandatory property 'internalDomain' is missing");

        sandbox.send("PUT", DOMAINS + "/corp.local", "{\"virtualDomain\":\"renamed.example\",\"internalDomain\":\"corp.internal\"}")
                .expect(204);
        JsonNode list = sandbox.send("GET", DOMAINS, null).expect(200).json();
        assertThat(list).singleElement().satisfies(item -> {
            assertThat(item.fieldNames()).toIterable().containsExactly("virtualDomain", "internalDomain", "_links");
            assertThat(item.get("virtualDomain").asText()).isEqualTo("renamed.example");
            assertThat(item.get("_links").get("self").get("href").asText()).endsWith(DOMAINS + "/corp.internal");
        });
        sandbox.send("PUT", DOMAINS + "/corp.local", "{\"virtualDomain\":\"x.example\",\"internalDomain\":\"y.local\"}")
                .expectError(404, "NOT_FOUND", "Domain mapping with value 'corp.local' does not exist");
        sandbox.send("DELETE", DOMAINS + "/corp.internal", null).expect(204);
        sandbox.send("DELETE", DOMAINS + "/corp.internal", null).expect(404);
        sandbox.send("POST", DOMAINS, "{\"virtualDomain\":\"a.example\",\"internalDomain\":\"a.local\"}").expect(201);
        sandbox.send("DELETE", DOMAINS, null).expect(204);
        assertThat(sandbox.send("GET", DOMAINS, null).body()).isEqualTo("[]");
    }

    @Test
    void serviceChannelsLiveAndIdsAreUniqueAcrossTypes() {
        String k8s = location(sandbox.send("POST", CHANNELS + "/K8S", K8S).expect(201));
        String abap = location(sandbox.send("POST", CHANNELS + "/ABAPCloud", ABAP).expect(201));
        String snc = location(sandbox.send("POST", CHANNELS + "/ABAPCloudSNC", ABAP).expect(201));
        String k8sId = k8s.substring(k8s.lastIndexOf('/') + 1);
        assertThat(java.util.Set.of(k8sId, abap.substring(abap.lastIndexOf('/') + 1), snc.substring(snc.lastIndexOf('/') + 1)))
                .hasSize(3);
        sandbox.send("GET", CHANNELS + "/ABAPCloud/" + k8sId, null).expect(404);
        assertThat(sandbox.send("GET", snc, null).json().get("port").asInt()).isEqualTo(4820);

        JsonNode channel = sandbox.send("GET", k8s, null).expect(200).json();
        assertThat(channel.get("connections").asInt()).isEqualTo(2);
        assertThat(channel.has("state")).as("no state while disabled").isFalse();
        sandbox.send("PUT", k8s + "/state", "{\"enabled\":true}").expect(204);
        JsonNode state = sandbox.send("GET", k8s, null).json().get("state");
        assertThat(state.get("connected").asBoolean()).isTrue();
        assertThat(state.get("openedConnections").asInt()).isEqualTo(2);
        sandbox.send("PUT", k8s + "/state", "{\"enabled\":\"false\"}").expect(204);
        assertThat(sandbox.send("GET", k8s, null).json().has("state")).isFalse();

        sandbox.send("PUT", k8s, K8S.replace("first", "changed").replace("\"2\"", "\"3\"")).expect(204);
        assertThat(sandbox.send("GET", k8s, null).json().get("comment").asText()).isEqualTo("changed");
        String unreachable = location(sandbox.send("POST", CHANNELS + "/K8S", K8S.replace("cluster.example.com", "gone.invalid"))
                .expect(201));
        JsonNode failure = sandbox.send("PUT", unreachable + "/state", "{\"enabled\":\"true\"}").expect(500).json();
        assertThat(failure.get("type").asText()).isEqualTo("RUNTIME_FAILURE");
        assertThat(failure.get("message").asText()).startsWith("Service channel could not be opened. See 'Logging and Tracing'");

        assertThat(sandbox.send("GET", CHANNELS + "/HANA", null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", CHANNELS + "/VirtualMachine", null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", SUBACCOUNT + "/availableChannels/HANA", null).body()).isEqualTo("[]");
        sandbox.send("DELETE", CHANNELS + "/K8S", null).expect(204);
        assertThat(sandbox.send("GET", CHANNELS + "/K8S", null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", CHANNELS + "/ABAPCloud", null).json()).hasSize(1);
        sandbox.send("DELETE", abap, null).expect(204);
        sandbox.send("DELETE", CHANNELS, null).expect(204);
        assertThat(sandbox.send("GET", CHANNELS + "/ABAPCloudSNC", null).body()).isEqualTo("[]");
    }

    @Test
    void everythingSurvivesARestartAndGoesWithItsSubaccount() {
        sandbox.send("POST", MAPPINGS, mapping("erp", "443", "HTTPS", "abapSys", "NONE")).expect(201);
        sandbox.send("POST", MAPPINGS + "/erp:443/resources", "{\"id\":\"/sap\",\"enabled\":true}").expect(201);
        sandbox.send("POST", MAPPINGS, mapping("gw", "sapgw01", "RFC", "abapSys", "NONE")).expect(201);
        sandbox.send("POST", MAPPINGS + "/gw:sapgw01/allowedClients", "[\"100\"]").expect(201);
        sandbox.send("POST", DOMAINS, "{\"virtualDomain\":\"cloud.example\",\"internalDomain\":\"corp.local\"}").expect(201);
        sandbox.send("POST", CHANNELS + "/K8S", K8S).expect(201);
        String mappings = sandbox.send("GET", MAPPINGS, null).body();

        sandbox.restart();

        assertThat(sandbox.send("GET", MAPPINGS, null).body()).isEqualTo(mappings);
        assertThat(sandbox.send("GET", MAPPINGS + "/erp:443/resources/-sap", null).json().get("enabled").asBoolean()).isTrue();
        assertThat(sandbox.send("GET", DOMAINS, null).json()).hasSize(1);
        assertThat(sandbox.send("GET", CHANNELS + "/K8S", null).json()).hasSize(1);
        JsonNode backends = sandbox.send("GET", "/api/monitoring/connections/backends", null).expect(200).json();
        assertThat(backends.get("version").asInt()).isEqualTo(1);
        JsonNode connections = backends.get("subaccounts").get(0).get("backendConnections");
        assertThat(connections).hasSize(2);
        assertThat(connections.get(0).toString())
                .isEqualTo("{\"virtualBackend\":\"erp:443\",\"internalBackend\":\"internal-erp:443\",\"protocol\":\"HTTPS\","
                        + "\"idle\":0,\"active\":0}");

        sandbox.send("DELETE", SUBACCOUNT, null).expect(204);
        SystemMappingBehaviourTest.createSubaccount(sandbox);
        assertThat(sandbox.send("GET", MAPPINGS, null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", DOMAINS, null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", CHANNELS + "/K8S", null).body()).isEqualTo("[]");
        assertThat(sandbox.send("GET", "/api/monitoring/connections/backends", null).json()
                .get("subaccounts").get(0).get("backendConnections")).isEmpty();
    }

    private String location(Reply reply) {
        assertThat(reply.body()).isEmpty();
        return reply.header("Location").orElseThrow().substring(sandbox.server().baseUri().toString().length());
    }
}
