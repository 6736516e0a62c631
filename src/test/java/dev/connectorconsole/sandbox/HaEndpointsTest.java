package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every HA endpoint of scc-api.md §4.8 answers with the documented codes on a master and on a shadow alone. */
class HaEndpointsTest {
    static final String HA_ROLE = "/api/v1/configuration/connector/haRole";
    static final String MASTER_CONFIG = "/api/v1/configuration/connector/ha/master/config";
    static final String MASTER_STATE = "/api/v1/configuration/connector/ha/master/state";
    static final String SHADOW_CONFIG = "/api/v1/configuration/connector/ha/shadow/config";
    static final String SHADOW_STATE = "/api/v1/configuration/connector/ha/shadow/state";

    @TempDir
    Path dataDir;

    static SandboxFixture shadow(Path dataDir) {
        SandboxFixture shadow = SandboxFixture.fresh(dataDir);
        shadow.changeInitialPassword();
        shadow.send("POST", HA_ROLE, "\"shadow\"").expect(204);
        return shadow;
    }

    @Test
    void aMasterHasItsConfigAndStateButNoShadowConfig() {
        try (SandboxFixture master = SandboxFixture.initialized(dataDir)) {
            master.send("POST", HA_ROLE, "\"shadow\"").expectError(409, "ILLEGAL_STATE", "The HA role is already set to 'master'");
            JsonNode config = master.send("GET", MASTER_CONFIG, null).expect(200).json();
            assertThat(config.get("haEnabled").asBoolean()).isFalse();
            assertThat(config.get("allowedShadowHost").asText()).isEmpty();

            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true,\"allowedShadowHost\":\"bad host!\"}").expect(400);
            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true,\"haPort\":8444,\"allowedShadowHost\":\"shadow.example.com\"}")
                    .expect(204);
            config = master.send("GET", MASTER_CONFIG, null).expect(200).json();
            assertThat(config.get("haEnabled").asBoolean()).isTrue();
            assertThat(config.get("haPort").asInt()).isEqualTo(8444);
            assertThat(config.get("allowedShadowHost").asText()).isEqualTo("shadow.example.com");

            JsonNode state = master.send("GET", MASTER_STATE, null).expect(200).json();
            assertThat(state.get("state").asText()).isEqualTo("ALONE");
            assertThat(state.get("shadowHost").asText()).isEmpty();
            master.send("POST", MASTER_STATE, "{\"op\":\"JUMP\"}").expect(400);
            master.send("POST", MASTER_STATE, "{\"op\":\"SWITCH\"}")
                    .expectError(409, "ILLEGAL_STATE", "No shadow is connected; roles cannot be switched");
            master.send("DELETE", MASTER_STATE, null).expect(204);
            assertThat(master.send("GET", MASTER_CONFIG, null).json().get("haEnabled").asBoolean()).isFalse();

            master.send("GET", SHADOW_CONFIG, null).expect(403);
            master.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":8443}").expect(403);
            assertThat(master.send("GET", SHADOW_STATE, null).expect(200).json().get("state").asText()).isEqualTo("INITIAL");
        }
    }

    @Test
    void forceSwitchMakesAMasterWithoutShadowAShadow() {
        try (SandboxFixture master = SandboxFixture.initialized(dataDir)) {
            SystemMappingBehaviourTest.createSubaccount(master);
            master.send("POST", MASTER_STATE, "{\"op\":\"FORCE_SWITCH\"}").expect(204);
            assertThat(master.send("GET", HA_ROLE, null).body()).isEqualTo("\"shadow\"");
            master.send("GET", MASTER_STATE, null).expect(400);
            assertThat(master.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("INITIAL");
            master.send("DELETE", "/api/v1/configuration/subaccounts/" + SystemMappingBehaviourTest.REGION + "/"
                    + SystemMappingBehaviourTest.ID, null).expect(403);
        }
    }

    @Test
    void aShadowHasItsConfigAndStateButNoMasterConfig() {
        try (SandboxFixture shadow = shadow(dataDir)) {
            shadow.send("POST", HA_ROLE, "\"master\"").expectError(409, "ILLEGAL_STATE", "The HA role is already set to 'shadow'");
            shadow.send("GET", MASTER_CONFIG, null).expect(400);
            shadow.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(400);

            JsonNode state = shadow.send("GET", SHADOW_STATE, null).expect(200).json();
            assertThat(state.get("state").asText()).isEqualTo("INITIAL");
            assertThat(state.get("ownHosts").isArray()).isTrue();

            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"no host\",\"masterPort\":8443}").expect(400);
            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"master.example.com\",\"masterPort\":\"99999\"}").expect(400);
            JsonNode config = shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"master.example.com\",\"masterPort\":\"8443\","
                    + "\"ownHost\":\"shadow.example.com\",\"checkIntervalInSeconds\":5,\"takeoverDelayInSeconds\":15,"
                    + "\"connectTimeoutInMillis\":1000,\"requestTimeoutInMillis\":12000}").expect(200).json();
            assertThat(config.get("masterHost").asText()).isEqualTo("master.example.com");
            assertThat(config.get("masterPort").asText()).isEqualTo("8443");
            assertThat(config.get("takeoverDelayInSeconds").asInt()).isEqualTo(15);
            assertThat(shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"master.example.com\",\"masterPort\":8443}")
                    .expect(200).json().get("checkIntervalInSeconds").asInt()).isEqualTo(5);
            assertThat(shadow.send("GET", SHADOW_CONFIG, null).expect(200).json().get("ownHost").asText())
                    .isEqualTo("shadow.example.com");
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("DISCONNECTED");

            shadow.send("POST", SHADOW_STATE, "{\"op\":\"DISCONNECT\"}").expect(409);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"WAVE\"}").expect(400);
            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":1}").expect(200);
            Reply unreachable = shadow.send("POST", SHADOW_STATE,
                    "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\"Secret-Pass-9\"}").expect(500);
            assertThat(unreachable.json().get("type").asText()).isEqualTo("RUNTIME_FAILURE");
            assertThat(unreachable.body()).doesNotContain("Secret-Pass-9");
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("DISCONNECTED");
            shadow.send("DELETE", SHADOW_STATE, null).expect(204);
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("INITIAL");
            shadow.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"cf.eu10.hana.ondemand.com\","
                    + "\"subaccount\":\"11111111-2222-3333-4444-555555555555\",\"cloudUser\":\"a@b.c\",\"cloudPassword\":\"p\"}")
                    .expect(403);
            shadow.send("POST", "/api/v1/configuration/backup", "{\"password\":\"Backup-1\"}").expect(403);
            shadow.send("GET", "/api/v1/configuration/subaccounts", null).expect(200);
        }
    }
}
