package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.HaEndpointsTest.HA_ROLE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_STATE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_STATE;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.ID;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.MAPPINGS;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sandboxes paired over real HTTPS: replication, the shadow's refusals, takeover and role switch. */
class HaPairTest {
    private static final int TAKEOVER_DELAY_SECONDS = 2;
    private static final String SUBACCOUNT = "/api/v1/configuration/subaccounts/" + REGION + "/" + ID;
    private static final String DOMAINS = SUBACCOUNT + "/domainMappings";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    private static void pair(SandboxFixture master, SandboxFixture shadow) {
        master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true,\"allowedShadowHost\":\"localhost\"}").expect(204);
        shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + master.server().port()
                + ",\"ownHost\":\"localhost\",\"checkIntervalInSeconds\":1,\"takeoverDelayInSeconds\":"
                + TAKEOVER_DELAY_SECONDS + ",\"connectTimeoutInMillis\":500,\"requestTimeoutInMillis\":2000}").expect(200);
        shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\"Not-The-Password\"}")
                .expectError(400, "INVALID_REQUEST", "Authentication at the master failed: user name or password is not correct");
        shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                + SandboxFixture.PASSWORD + "\"}").expect(204);
    }

    @Test
    void theShadowReplicatesRefusesWritesAndTakesOverWhenTheMasterStops() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir); SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow);
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("READY");
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("masterVersions").get(0).asText()).isEqualTo("2.19.0.2");
            assertThat(master.send("GET", MASTER_STATE, null).json().get("state").asText()).isEqualTo("CONNECTED");
            assertThat(master.send("GET", MASTER_STATE, null).json().get("shadowHost").asText()).isEqualTo("localhost");
            master.send("DELETE", MASTER_STATE, null).expect(409);
            shadow.send("DELETE", SHADOW_STATE, null).expect(409);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\"x\"}").expect(409);

            SystemMappingBehaviourTest.createSubaccount(master);
            master.send("POST", MAPPINGS, SystemMappingBehaviourTest.mapping("erp.virtual", "443", "HTTPS", "abapSys", "KERBEROS"))
                    .expect(201);
            master.send("POST", DOMAINS, "{\"virtualDomain\":\"cloud.example\",\"internalDomain\":\"corp.local\"}").expect(201);
            waitFor(Duration.ofSeconds(10), () -> shadow.send("GET", DOMAINS, null).status() == 200
                    && shadow.send("GET", DOMAINS, null).body().contains("corp.local"));
            assertThat(shadow.send("GET", SUBACCOUNT, null).expect(200).json().get("subaccount").asText()).isEqualTo(ID);
            assertThat(shadow.send("GET", MAPPINGS, null).expect(200).body()).contains("erp.virtual");

            shadow.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"x\"}").expect(403);
            shadow.send("DELETE", SUBACCOUNT, null).expect(403);
            shadow.send("POST", DOMAINS, "{\"virtualDomain\":\"a.example\",\"internalDomain\":\"b.local\"}").expect(403);
            shadow.send("POST", "/api/v1/configuration/backup", "{\"password\":\"Backup-1\"}").expect(403);

            long stopped = System.nanoTime();
            master.close();
            waitFor(Duration.ofSeconds(20), () -> shadow.send("GET", HA_ROLE, null).body().equals("\"master\""));
            long tookMillis = (System.nanoTime() - stopped) / 1_000_000;
            System.out.printf("HA takeover: the shadow served as master %d ms after the master stopped "
                    + "(takeover delay configured: %d s, check interval 1 s)%n", tookMillis, TAKEOVER_DELAY_SECONDS);
            assertThat(tookMillis).isGreaterThanOrEqualTo(TAKEOVER_DELAY_SECONDS * 1000L);
            assertThat(shadow.send("GET", MASTER_STATE, null).expect(200).json().get("state").asText()).isEqualTo("ALONE");
            assertThat(shadow.send("GET", SUBACCOUNT, null).expect(200).json().get("subaccount").asText()).isEqualTo(ID);
            shadow.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"now master\"}").expect(200);
            for (Path log : new Path[] {shadow.server().traceFile(), shadow.server().auditFile()}) {
                if (Files.exists(log)) {
                    assertThat(Files.readString(log)).doesNotContain(SandboxFixture.PASSWORD, "Not-The-Password");
                }
            }
        }
        assertThat(Files.readString(shadowDir.resolve(StateStore.FILE_NAME))).doesNotContain(SandboxFixture.PASSWORD);
        waitFor(Duration.ofSeconds(5), () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("cc-sandbox-ha-")));
    }

    @Test
    void heartbeatsLeaveBothStateFilesAlone() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir); SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow);
            Thread.sleep(3 * StateStore.SAVE_DELAY_MS); // the pairing's own changes are saved by then
            Object masterFile = savedVersion(masterDir);
            Object shadowFile = savedVersion(shadowDir);
            Thread.sleep(2_500);
            assertThat(master.send("GET", MASTER_STATE, null).json().get("state").asText()).isEqualTo("CONNECTED");
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("READY");
            assertThat(savedVersion(masterDir)).isEqualTo(masterFile);
            assertThat(savedVersion(shadowDir)).isEqualTo(shadowFile);
        }
    }

    private static List<Object> savedVersion(Path dataDir) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(dataDir.resolve(StateStore.FILE_NAME),
                BasicFileAttributes.class);
        return List.of(attributes.fileKey(), attributes.lastModifiedTime());
    }

    @Test
    void haRoleShadowOnAMasterWithAConnectedShadowSwitchesRoles() {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir); SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow);
            master.send("POST", HA_ROLE, "\"shadow\"").expect(204);
            waitFor(Duration.ofSeconds(10), () -> shadow.send("GET", HA_ROLE, null).body().equals("\"master\""));
            assertThat(master.send("GET", HA_ROLE, null).body()).isEqualTo("\"shadow\"");
            assertThat(master.send("GET", SHADOW_CONFIG, null).expect(200).json().get("masterPort").asText())
                    .isEqualTo(String.valueOf(shadow.server().port()));
            master.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"x\"}").expect(403);
        }
    }

    @Test
    void theShadowPinsTheMastersCertificateAndRefusesAnotherOneOnTheSamePort(@TempDir Path impostorDir) {
        try (SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            int port;
            try (SandboxFixture master = SandboxFixture.initialized(masterDir)) {
                pair(master, shadow);
                port = master.server().port();
                shadow.send("POST", SHADOW_STATE, "{\"op\":\"DISCONNECT\"}").expect(204);
                assertThat(master.send("GET", MASTER_STATE, null).json().get("state").asText()).isEqualTo("ALONE");
            }
            SandboxOptions samePort = SandboxOptions.defaults(impostorDir).withPort(port).withConnectDelay(Duration.ZERO);
            try (SandboxFixture impostor = SandboxFixture.fresh(impostorDir, samePort)) {
                impostor.changeInitialPassword();
                impostor.send("POST", HA_ROLE, "\"master\"").expect(204);
                impostor.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
                Reply refused = shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                        + SandboxFixture.PASSWORD + "\"}").expect(500);
                assertThat(refused.json().get("type").asText()).isEqualTo("RUNTIME_FAILURE");
                assertThat(impostor.send("GET", MASTER_STATE, null).json().get("state").asText()).isEqualTo("ALONE");
                assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("state").asText()).isEqualTo("DISCONNECTED");
            }
        }
    }

    private static void waitFor(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", limit).isLessThan(end);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
