package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.HaEndpointsTest.HA_ROLE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_STATE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_STATE;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.ID;
import static dev.connectorconsole.sandbox.SystemMappingBehaviourTest.REGION;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching roles over real HTTPS when the shadow's own host is not where the master reaches it (as for a container
 * published on another engine): the old master joins the new one at the address the shadow said it is reached at,
 * without a password, and replication runs the other way; a second switch goes back the way the first came.
 */
class HaSwitchTest {
    /** A name that resolves nowhere: the shadow names itself so, and the master must not dial it. */
    private static final String SHADOW_NAME = "shadow-host.invalid";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    @Test
    void afterASwitchTheOldMasterJoinsTheNewOneWhereTheShadowSaidItIsReachedAndBothSwitchBack() throws Exception {
        int shadowPort = freePort();
        SandboxOptions shadowOptions = SandboxOptions.defaults(shadowDir).withConnectDelay(Duration.ZERO)
                .withPort(shadowPort).withHaReachableAt("127.0.0.1:" + shadowPort);
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = SandboxFixture.fresh(shadowDir, shadowOptions)) {
            shadow.changeInitialPassword();
            shadow.send("POST", HA_ROLE, "\"shadow\"").expect(204);
            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true,\"allowedShadowHost\":\"" + SHADOW_NAME + "\"}").expect(204);
            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + master.server().port()
                    + ",\"ownHost\":\"" + SHADOW_NAME + "\",\"checkIntervalInSeconds\":1,\"takeoverDelayInSeconds\":2,"
                    + "\"connectTimeoutInMillis\":500,\"requestTimeoutInMillis\":2000}").expect(200);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                    + SandboxFixture.PASSWORD + "\"}").expect(204);
            assertThat(state(master, MASTER_STATE)).isEqualTo("CONNECTED");

            long asked = System.nanoTime();
            master.send("POST", MASTER_STATE, "{\"op\":\"SWITCH\"}").expect(204);
            waitFor("the roles settled after the switch", () -> settled(shadow, master));
            System.out.printf("HA switch (sandbox, check interval 1 s): both roles settled %d ms after the request%n",
                    (System.nanoTime() - asked) / 1_000_000);

            JsonNode oldMaster = master.send("GET", SHADOW_CONFIG, null).expect(200).json();
            assertThat(oldMaster.get("masterHost").asText()).isEqualTo("127.0.0.1");
            assertThat(oldMaster.get("masterPort").asText()).isEqualTo(String.valueOf(shadowPort));
            assertThat(oldMaster.get("ownHost").asText()).as("named as the new master reached it").isEqualTo("localhost");
            assertThat(oldMaster.get("checkIntervalInSeconds").asInt()).as("the pair's timings kept").isEqualTo(1);
            assertThat(oldMaster.get("takeoverDelayInSeconds").asInt()).isEqualTo(2);
            assertThat(shadow.send("GET", MASTER_STATE, null).json().get("shadowHost").asText()).isEqualTo("localhost");
            assertThat(shadow.send("GET", MASTER_CONFIG, null).json().get("allowedShadowHost").asText())
                    .as("the new master accepts its one shadow host only, as the old one did").isEqualTo("localhost");

            SystemMappingBehaviourTest.createSubaccount(shadow);
            String subaccount = "/api/v1/configuration/subaccounts/" + REGION + "/" + ID;
            waitFor("the subaccount on the old master", () -> master.send("GET", subaccount, null).status() == 200);
            master.send("DELETE", subaccount, null).expect(403);

            master.send("POST", HA_ROLE, "\"shadow\"").expect(409);
            shadow.send("POST", MASTER_STATE, "{\"op\":\"SWITCH\"}").expect(204);
            waitFor("the roles back as they were", () -> settled(master, shadow));
            assertThat(shadow.send("GET", SHADOW_CONFIG, null).json().get("masterPort").asText())
                    .isEqualTo(String.valueOf(master.server().port()));
            assertThat(master.send("GET", subaccount, null).expect(200).json().get("subaccount").asText()).isEqualTo(ID);
        }
        for (Path dir : new Path[] {masterDir, shadowDir}) {
            assertThat(Files.readString(dir.resolve(StateStore.FILE_NAME))).doesNotContain(SandboxFixture.PASSWORD)
                    .doesNotContain("pairKey");
        }
    }

    @Test
    void whileTheNewMasterCannotBeReachedTheOldOneSaysWhereItTriesAndGoesOnTryingAfterARestart() throws Exception {
        int nowhere = freePort();
        SandboxOptions shadowOptions = SandboxOptions.defaults(shadowDir).withConnectDelay(Duration.ZERO)
                .withHaReachableAt("127.0.0.1:" + nowhere);
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = SandboxFixture.fresh(shadowDir, shadowOptions)) {
            shadow.changeInitialPassword();
            shadow.send("POST", HA_ROLE, "\"shadow\"").expect(204);
            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + master.server().port()
                    + ",\"ownHost\":\"localhost\",\"checkIntervalInSeconds\":1,\"connectTimeoutInMillis\":300}").expect(200);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                    + SandboxFixture.PASSWORD + "\"}").expect(204);

            master.send("POST", MASTER_STATE, "{\"op\":\"SWITCH\"}").expect(204);
            waitFor("the old master trying the new one", () -> master.send("GET", HA_ROLE, null).body().equals("\"shadow\"")
                    && master.send("GET", SHADOW_STATE, null).json().path("stateMessage").asText()
                    .startsWith("Joining the new master at 127.0.0.1:" + nowhere + ": ")
                    && !master.send("GET", SHADOW_STATE, null).json().path("stateMessage").asText().contains("make the pair"));
            assertThat(state(master, SHADOW_STATE)).isEqualTo("HANDSHAKE");
            assertThat(shadow.send("GET", HA_ROLE, null).body()).isEqualTo("\"master\"");

            master.restart();
            assertThat(state(master, SHADOW_STATE)).as("the pair's key is kept: it goes on trying, without a CONNECT")
                    .isEqualTo("LOST");
            waitFor("the restarted old master trying the new one", () -> master.send("GET", SHADOW_STATE, null).json()
                    .path("stateMessage").asText().startsWith("Rejoining the master at 127.0.0.1:" + nowhere + " after a restart"));
            assertThat(master.send("GET", HA_ROLE, null).body()).isEqualTo("\"shadow\"");
        }
    }

    @Test
    void whenTheShadowNeverSaidHowItIsReachedBackAndItCannotBeReachedTheOldMasterSaysToMakeThePairAgain() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir); SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
            // the shadow listens on 127.0.0.1 only: dialled at the own host it names, it cannot be reached
            shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + master.server().port()
                    + ",\"ownHost\":\"127.0.0.2\",\"checkIntervalInSeconds\":1,\"connectTimeoutInMillis\":300}").expect(200);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                    + SandboxFixture.PASSWORD + "\"}").expect(204);

            master.send("POST", MASTER_STATE, "{\"op\":\"SWITCH\"}").expect(204);
            waitFor("the old master saying what to do", () -> master.send("GET", HA_ROLE, null).body().equals("\"shadow\"")
                    && master.send("GET", SHADOW_STATE, null).json().path("stateMessage").asText()
                    .endsWith("make the pair again"));
            assertThat(master.send("GET", SHADOW_STATE, null).json().path("stateMessage").asText())
                    .startsWith("Joining the new master at 127.0.0.2:" + shadow.server().port() + ": ");
        }
    }

    @Test
    void aCallWithAWrongPairKeyIsRefused() {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir)) {
            master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
            assertThat(master.exchange(master.request("/" + MasterSyncResource.PATH).header(HaPairKey.HEADER, "not-the-key")
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"ownHost\":\"x\"}"))).status())
                    .isEqualTo(401);
        }
    }

    private static boolean settled(SandboxFixture newMaster, SandboxFixture newShadow) {
        return newMaster.send("GET", HA_ROLE, null).body().equals("\"master\"")
                && newShadow.send("GET", HA_ROLE, null).body().equals("\"shadow\"")
                && "CONNECTED".equals(state(newMaster, MASTER_STATE))
                && "READY".equals(state(newShadow, SHADOW_STATE));
    }

    private static String state(SandboxFixture sandbox, String path) {
        Reply reply = sandbox.send("GET", path, null);
        return reply.status() == 200 ? reply.json().get("state").asText() : "";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within 15 s").isLessThan(end);
            Thread.sleep(50);
        }
    }
}
