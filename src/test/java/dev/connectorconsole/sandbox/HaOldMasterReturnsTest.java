package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.HaBindAndRejoinTest.state;
import static dev.connectorconsole.sandbox.HaBindAndRejoinTest.waitFor;
import static dev.connectorconsole.sandbox.HaBindAndRejoinTest.watchUntilPaired;
import static dev.connectorconsole.sandbox.HaEndpointsTest.HA_ROLE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_STATE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sandboxes paired over real HTTPS whose shadow took over: the old master, restarted on its data folder or alive all
 * along behind a network split, finds that its former shadow is master now and becomes its shadow on its own, taking the
 * new master's configuration (scc-operations.md "Takeover"); a restarted master whose shadow did not take over stays
 * master.
 */
class HaOldMasterReturnsTest {
    private static final Duration BIND_TIME = Duration.ofMillis(1_000);
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    /** Pairs {@code shadow} with {@code master} through {@code masterPort} (check 1 s, takeover after 2 s). */
    private static void pair(SandboxFixture master, SandboxFixture shadow, int masterPort, int takeoverDelaySeconds) {
        master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
        shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + masterPort
                + ",\"ownHost\":\"localhost\",\"checkIntervalInSeconds\":1,\"takeoverDelayInSeconds\":"
                + takeoverDelaySeconds + ",\"connectTimeoutInMillis\":300,\"requestTimeoutInMillis\":2000}").expect(200);
        shadow.send("POST", SHADOW_STATE, "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\""
                + SandboxFixture.PASSWORD + "\"}").expect(204);
        assertThat(state(master, MASTER_STATE)).isEqualTo("CONNECTED");
    }

    private static String role(SandboxFixture fixture) {
        return fixture.send("GET", HA_ROLE, null).body();
    }

    @Test
    void aRestartedOldMasterWhoseShadowTookOverBecomesItsShadowAndTakesWhatChangedMeanwhile() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow, master.server().port(), 2);
            master.stop();
            waitFor(Duration.ofSeconds(10), () -> role(shadow).equals("\"master\""));
            SystemMappingBehaviourTest.createSubaccount(shadow);

            master.changeOptions(options -> options.withHaBindTime(BIND_TIME));
            long started = System.nanoTime();
            master.start();
            List<String> newMasterStates = new ArrayList<>();
            List<String> oldMasterStates = new ArrayList<>();
            watchUntilPaired(shadow, master, newMasterStates, oldMasterStates, Duration.ofSeconds(15));
            System.out.printf("HA old master back (sandbox, bind time %d ms): shadow READY of the new master %d ms"
                    + " after its start began%n", BIND_TIME.toMillis(), (System.nanoTime() - started) / 1_000_000);

            assertThat(role(master)).isEqualTo("\"shadow\"");
            assertThat(role(shadow)).isEqualTo("\"master\"");
            assertThat(oldMasterStates).containsSubsequence("HANDSHAKE", "INITSYNC", "READY");
            assertThat(newMasterStates).containsSubsequence("BINDING", "CONNECTED");
            JsonNode config = master.send("GET", SHADOW_CONFIG, null).expect(200).json();
            assertThat(config.get("masterPort").asText()).isEqualTo(String.valueOf(shadow.server().port()));
            assertThat(config.get("takeoverDelayInSeconds").asInt()).as("the pair's timings kept").isEqualTo(2);
            assertThat(master.send("GET", SUBACCOUNTS, null).body()).as("added on the new master during the outage")
                    .contains(SystemMappingBehaviourTest.ID);
        }
        assertThat(Files.readString(masterDir.resolve(StateStore.FILE_NAME))).doesNotContain(SandboxFixture.PASSWORD);
    }

    @Test
    void anOldMasterAliveBehindANetworkSplitBecomesTheShadowOfTheOneThatTookOver() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir);
             TcpRelay network = new TcpRelay(master.server().port())) {
            pair(master, shadow, network.port(), 2);
            long cut = System.nanoTime();
            network.cut(); // the shadow no longer reaches the master; the master still reaches the shadow
            waitFor(Duration.ofSeconds(10), () -> role(shadow).equals("\"master\""));
            SystemMappingBehaviourTest.createSubaccount(shadow);

            List<String> newMasterStates = new ArrayList<>();
            List<String> oldMasterStates = new ArrayList<>();
            watchUntilPaired(shadow, master, newMasterStates, oldMasterStates, Duration.ofSeconds(15));
            System.out.printf("HA split (sandbox, check 1 s, takeover delay 2 s): old master READY as shadow %d ms"
                    + " after the cut%n", (System.nanoTime() - cut) / 1_000_000);
            assertThat(role(master)).isEqualTo("\"shadow\"");
            assertThat(master.send("GET", SUBACCOUNTS, null).body()).contains(SystemMappingBehaviourTest.ID);
            assertThat(master.send("GET", SHADOW_CONFIG, null).json().get("masterPort").asText())
                    .as("dials the new master directly, not through the cut link")
                    .isEqualTo(String.valueOf(shadow.server().port()));
        }
    }

    @Test
    void aRestartedMasterWhoseShadowDidNotTakeOverStaysMasterAndTheShadowRejoinsIt() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow, master.server().port(), 60);
            master.restart();
            List<String> masterStates = new ArrayList<>();
            List<String> shadowStates = new ArrayList<>();
            watchUntilPaired(master, shadow, masterStates, shadowStates, Duration.ofSeconds(15));
            Thread.sleep(1_500); // a check interval after the master's check: still the same roles
            assertThat(role(master)).isEqualTo("\"master\"");
            assertThat(role(shadow)).isEqualTo("\"shadow\"");
            assertThat(state(master, MASTER_STATE)).isEqualTo("CONNECTED");
        }
    }

    @Test
    void aRestartedOldMasterWhoseFormerShadowCannotBeReachedStaysMaster() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = HaEndpointsTest.shadow(shadowDir)) {
            pair(master, shadow, master.server().port(), 2);
            master.stop();
            waitFor(Duration.ofSeconds(10), () -> role(shadow).equals("\"master\""));
            shadow.stop();
            master.start();
            Thread.sleep(2_500);
            assertThat(role(master)).isEqualTo("\"master\"");
            assertThat(state(master, MASTER_STATE)).isEqualTo("BROKEN");

            shadow.start(); // the one that took over is back: the old master finds it master and joins it
            watchUntilPaired(shadow, master, new ArrayList<>(), new ArrayList<>(), Duration.ofSeconds(15));
            assertThat(role(master)).isEqualTo("\"shadow\"");
        }
    }
}
