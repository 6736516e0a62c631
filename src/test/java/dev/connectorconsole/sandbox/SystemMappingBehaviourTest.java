package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System mappings and their resources as the sandbox emulates them (scc-api.md §4.3–4.4). */
class SystemMappingBehaviourTest {
    static final String REGION = "cf.eu10.hana.ondemand.com";
    static final String ID = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
    static final String SUBACCOUNT = "/api/v1/configuration/subaccounts/" + REGION + "/" + ID;
    static final String MAPPINGS = SUBACCOUNT + "/systemMappings";
    private static final String ERP = "{\"virtualHost\":\"erp.virtual\",\"virtualPort\":443,\"localHost\":\"erp.corp\","
            + "\"localPort\":\"8443\",\"protocol\":\"https\",\"backendType\":\"abapSys\",\"authenticationMode\":\"X509_GENERAL\","
            + "\"hostInHeader\":\"internal\"}";

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.initialized(dataDir);
        createSubaccount(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static void createSubaccount(SandboxFixture sandbox) {
        sandbox.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"" + REGION + "\",\"subaccount\":\"" + ID
                + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"s3cret\"}").expect(201);
    }

    static String mapping(String host, String port, String protocol, String backend, String auth) {
        return "{\"virtualHost\":\"" + host + "\",\"virtualPort\":\"" + port + "\",\"localHost\":\"internal-" + host
                + "\",\"localPort\":\"" + port + "\",\"protocol\":\"" + protocol + "\",\"backendType\":\"" + backend
                + "\",\"authenticationMode\":\"" + auth + "\"}";
    }

    @Test
    void aCreatedMappingHasTheRecordedShape() {
        Reply created = sandbox.send("POST", MAPPINGS, ERP).expect(201);
        assertThat(created.body()).isEmpty();
        assertThat(created.header("Location")).contains(sandbox.server().baseUri() + MAPPINGS + "/erp.virtual:443");

        JsonNode mapping = sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null).expect(200).json();
        assertThat(mapping.fieldNames()).toIterable().containsExactly("virtualHost", "virtualPort", "localHost", "localPort",
                "creationDate", "protocol", "backendType", "hostInHeader", "totalResourcesCount", "enabledResourcesCount",
                "authenticationMode", "allowedClients", "blacklistedUsers", "_links");
        assertThat(mapping.get("virtualPort").isTextual()).isTrue();
        assertThat(mapping.get("virtualPort").asText()).isEqualTo("443");
        assertThat(mapping.get("creationDate").isTextual()).isTrue();
        assertThat(mapping.get("creationDate").asText()).matches("[0-9]{13}");
        assertThat(mapping.get("totalResourcesCount").isInt()).isTrue();
        assertThat(mapping.get("protocol").asText()).isEqualTo("HTTPS");
        assertThat(mapping.get("hostInHeader").asText()).isEqualTo("INTERNAL");
        assertThat(mapping.get("_links").get("resources").get("href").asText())
                .isEqualTo(sandbox.server().baseUri() + MAPPINGS + "/erp.virtual:443/resources");
        assertThat(sandbox.send("GET", MAPPINGS, null).json()).singleElement().isEqualTo(mapping);

        sandbox.send("PUT", MAPPINGS + "/erp.virtual:443", "{\"virtualHost\":\"erp.virtual\",\"virtualPort\":\"443\","
                + "\"localHost\":\"erp2.corp\",\"localPort\":\"443\",\"protocol\":\"HTTPS\",\"backendType\":\"hana\","
                + "\"authenticationMode\":\"NONE\",\"sid\":\"ERP\",\"description\":\"ERP\"}").expect(204);
        JsonNode replaced = sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null).json();
        assertThat(replaced.get("sid").asText()).isEqualTo("ERP");
        assertThat(replaced.get("description").asText()).isEqualTo("ERP");
        assertThat(replaced.get("hostInHeader").asText()).as("default").isEqualTo("VIRTUAL");
        assertThat(replaced.get("creationDate")).isEqualTo(mapping.get("creationDate"));
    }

    @Test
    void duplicatesAndBadValuesAreRefusedWithAMessage() {
        sandbox.send("POST", MAPPINGS, ERP).expect(201);
        sandbox.send("POST", MAPPINGS, ERP.replace("erp.virtual", "ERP.VIRTUAL")).expectError(409, "INVALID_CONFIGURATION",
                "A system mapping with virtual host and port 'ERP.VIRTUAL:443' already exists");
        sandbox.send("POST", MAPPINGS, mapping("a", "80", "FTP", "abapSys", "NONE")).expectError(400, "INVALID_REQUEST",
                "Property 'protocol' has the invalid value 'FTP'; allowed: HTTP, HTTPS, RFC, RFCS, LDAP, LDAPS, TCP, TCPS");
        sandbox.send("POST", MAPPINGS, mapping("a", "80", "HTTP", "mainframe", "NONE")).expect(400);
        sandbox.send("POST", MAPPINGS, mapping("a", "80", "HTTP", "abapSys", "X509_GENERAL")).expectError(400,
                "INVALID_REQUEST", "Authentication mode 'X509_GENERAL' is not allowed for protocol HTTP; allowed: KERBEROS, NONE");
        sandbox.send("POST", MAPPINGS, mapping("a", "sapgw00", "RFC", "hana", "NONE")).expectError(400, "INVALID_REQUEST",
                "Back-end type 'hana' is not allowed for protocol RFC; allowed: abapSys, netweaverGW");
        sandbox.send("POST", MAPPINGS, mapping("a", "sapgw00", "HTTP", "abapSys", "NONE")).expect(400);
        sandbox.send("POST", MAPPINGS, mapping("a", "70000", "TCP", "nonSAPsys", "NONE")).expect(400);
        sandbox.send("POST", MAPPINGS, mapping("bad host", "80", "TCP", "nonSAPsys", "NONE")).expect(400);
        sandbox.send("POST", MAPPINGS, "{\"virtualHost\":\"a\",\"virtualPort\":\"80\"}")
                .expectError(400, "INVALID_REQUEST", "Mandatory property 'protocol' is missing");
        sandbox.send("POST", MAPPINGS, mapping("gw", "sapgw00", "RFC", "abapSys", "NONE")).expect(201);
        sandbox.send("POST", MAPPINGS, mapping("ms", "sapmsERP", "RFCS", "netweaverGW", "X509_RESTRICTED")).expect(201);
        JsonNode rfc = sandbox.send("GET", MAPPINGS + "/gw:sapgw00", null).expect(200).json();
        assertThat(rfc.has("hostInHeader")).as("only HTTP(S) mappings have it").isFalse();
        sandbox.send("PUT", MAPPINGS + "/ms:sapmsERP", mapping("gw", "sapgw00", "RFC", "abapSys", "NONE"))
                .expect(409);
    }

    @Test
    void deleteOneAndAllAndUnknownOnes() {
        sandbox.send("POST", MAPPINGS, ERP).expect(201);
        sandbox.send("POST", MAPPINGS, mapping("ldap", "389", "LDAP", "nonSAPsys", "NONE")).expect(201);
        sandbox.send("DELETE", MAPPINGS + "/erp.virtual:443", null).expect(204);
        sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null)
                .expectError(404, "NOT_FOUND", "System mapping with value 'erp.virtual:443' does not exist");
        assertThat(sandbox.send("GET", MAPPINGS, null).json()).hasSize(1);
        sandbox.send("DELETE", MAPPINGS, null).expect(204);
        assertThat(sandbox.send("GET", MAPPINGS, null).body()).isEqualTo("[]");
        String unknown = "/api/v1/configuration/subaccounts/" + REGION + "/11111111-2222-3333-4444-555555555555";
        for (String path : new String[] {"/systemMappings", "/systemMappings/a:1", "/systemMappings/a:1/resources"}) {
            sandbox.send("GET", unknown + path, null).expectError(404, "NOT_FOUND",
                    "Subaccount with value '11111111-2222-3333-4444-555555555555@" + REGION + "' does not exist");
        }
    }

    @Test
    void resourcesWithEncodedIdsAndTheCountsTheyDrive() {
        sandbox.send("POST", MAPPINGS, ERP).expect(201);
        String resources = MAPPINGS + "/erp.virtual:443/resources";
        Reply created = sandbox.send("POST", resources, "{\"id\":\"/sap/opu-odata/a+b\",\"enabled\":\"true\","
                + "\"exactMatchOnly\":\"false\",\"websocketUpgradeAllowed\":true,\"description\":\"OData\"}").expect(201);
        String encoded = "-sap-opu+2Dodata-a+2Bb";
        assertThat(created.header("Location")).contains(sandbox.server().baseUri() + resources + "/" + encoded);
        sandbox.send("POST", resources, "{\"id\":\"/Überweisung mit Leerzeichen\"}").expect(201);
        sandbox.send("POST", resources, "{\"id\":\"/\",\"enabled\":true,\"exactMatchOnly\":true}").expect(201);

        JsonNode one = sandbox.send("GET", resources + "/" + encoded, null).expect(200).json();
        assertThat(one.fieldNames()).toIterable().containsExactly("id", "enabled", "exactMatchOnly",
                "websocketUpgradeAllowed", "creationDate", "description", "_links");
        assertThat(one.get("id").asText()).isEqualTo("/sap/opu-odata/a+b");
        assertThat(one.get("enabled").isBoolean()).isTrue();
        assertThat(one.get("websocketUpgradeAllowed").asBoolean()).isTrue();
        JsonNode spaced = sandbox.send("GET", resources + "/-%C3%9Cberweisung%20mit%20Leerzeichen", null).expect(200).json();
        assertThat(spaced.get("enabled").asBoolean()).as("booleans default to false").isFalse();
        assertThat(sandbox.send("GET", resources + "/-", null).json().get("exactMatchOnly").asBoolean()).isTrue();
        assertThat(sandbox.send("GET", resources, null).json()).hasSize(3)
                .allSatisfy(item -> assertThat(item.get("_links").isEmpty()).isTrue());

        JsonNode mapping = sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null).json();
        assertThat(mapping.get("totalResourcesCount").asInt()).isEqualTo(3);
        assertThat(mapping.get("enabledResourcesCount").asInt()).isEqualTo(2);
        sandbox.send("PUT", resources + "/-", "{\"enabled\":\"false\",\"description\":\"root\"}").expect(204);
        assertThat(sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null).json().get("enabledResourcesCount").asInt())
                .isEqualTo(1);
        assertThat(sandbox.send("GET", resources + "/-", null).json().get("exactMatchOnly").asBoolean()).as("kept").isTrue();

        sandbox.send("POST", resources, "{\"id\":\"/\"}").expect(409);
        sandbox.send("POST", resources, "{\"id\":\"no-slash\"}").expect(400);
        sandbox.send("POST", resources, "{\"id\":\"/x\",\"enabled\":\"yes\"}")
                .expectError(400, "INVALID_REQUEST", "Property 'enabled' must be true or false");
        sandbox.send("GET", resources + "/+2X", null).expect(400);
        sandbox.send("DELETE", resources + "/" + encoded, null).expect(204);
        sandbox.send("GET", resources + "/" + encoded, null)
                .expectError(404, "NOT_FOUND", "Resource with value '/sap/opu-odata/a+b' does not exist");
        sandbox.send("DELETE", resources, null).expect(204);
        assertThat(sandbox.send("GET", MAPPINGS + "/erp.virtual:443", null).json().get("totalResourcesCount").asInt()).isZero();
    }

    @Test
    void rfcAllowedClientsAndBlockedUsers() {
        sandbox.send("POST", MAPPINGS, mapping("gw", "sapgw00", "RFC", "abapSys", "NONE")).expect(201);
        String clients = MAPPINGS + "/gw:sapgw00/allowedClients";
        String users = MAPPINGS + "/gw:sapgw00/blockedClientUsers";
        sandbox.send("POST", clients, "[\"100\",\"200\"]").expect(201);
        sandbox.send("PATCH", clients, "[\"200\",\"300\"]").expect(204);
        assertThat(sandbox.send("GET", clients, null).body()).isEqualTo("[\"100\",\"200\",\"300\"]");
        sandbox.send("DELETE", clients + "/200", null).expect(204);
        sandbox.send("DELETE", clients + "/200", null).expect(404);
        sandbox.send("POST", clients, "[\"1000\"]").expect(400);
        sandbox.send("POST", users, "[{\"client\":\"100\",\"user\":\"rfc_user\"}]").expect(201);
        sandbox.send("PATCH", users, "[{\"client\":\"200\",\"user\":\"BATCH\"}]").expect(204);
        JsonNode mapping = sandbox.send("GET", MAPPINGS + "/gw:sapgw00", null).json();
        assertThat(mapping.get("allowedClients").toString()).isEqualTo("[\"100\",\"300\"]");
        assertThat(mapping.get("blacklistedUsers").toString())
                .isEqualTo("[{\"client\":\"100\",\"user\":\"RFC_USER\"},{\"client\":\"200\",\"user\":\"BATCH\"}]");
        sandbox.send("DELETE", users + "/100:rfc_user", null).expect(204);
        assertThat(sandbox.send("GET", users, null).json()).hasSize(1);
        sandbox.send("DELETE", users, null).expect(204);
        sandbox.send("DELETE", clients, null).expect(204);
        assertThat(sandbox.send("GET", clients, null).body()).isEqualTo("[]");

        sandbox.send("POST", MAPPINGS, ERP).expect(201);
        sandbox.send("POST", MAPPINGS + "/erp.virtual:443/allowedClients", "[\"100\"]").expect(400);
    }
}
