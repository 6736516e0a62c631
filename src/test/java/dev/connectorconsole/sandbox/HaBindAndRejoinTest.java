package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.HaEndpointsTest.HA_ROLE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.MASTER_STATE;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_CONFIG;
import static dev.connectorconsole.sandbox.HaEndpointsTest.SHADOW_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sandboxes paired over real HTTPS: the binding a CONNECT goes through, and the pair coming back on its own after
 * the shadow or the master restarted on its data folder.
 */
class HaBindAndRejoinTest {
    private static final Duration BIND_TIME = Duration.ofMillis(1_600);
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    /** A shadow whose binding takes {@link #BIND_TIME}, pointed at {@code master} (takeover only after a minute). */
    private static SandboxFixture slowBindingShadow(Path dataDir, SandboxFixture master) {
        SandboxFixture shadow = HaEndpointsTest.shadow(dataDir);
        shadow.stop();
        shadow.changeOptions(options -> options.withHaBindTime(BIND_TIME));
        shadow.start();
        master.send("PUT", MASTER_CONFIG, "{\"haEnabled\":true}").expect(204);
        shadow.send("PUT", SHADOW_CONFIG, "{\"masterHost\":\"localhost\",\"masterPort\":" + master.server().port()
                + ",\"ownHost\":\"localhost\",\"checkIntervalInSeconds\":1,\"takeoverDelayInSeconds\":60}").expect(200);
        return shadow;
    }

    private static CompletableFuture<Integer> connectInBackground(SandboxFixture shadow) {
        return CompletableFuture.supplyAsync(() -> shadow.send("POST", SHADOW_STATE,
                "{\"op\":\"CONNECT\",\"user\":\"Administrator\",\"password\":\"" + SandboxFixture.PASSWORD + "\"}").status());
    }

    @Test
    void aConnectShowsBindingOnTheMasterAndHandshakeThenInitsyncOnTheShadowBeforeConnectedAndReady() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = slowBindingShadow(shadowDir, master)) {
            long started = System.nanoTime();
            CompletableFuture<Integer> connect = connectInBackground(shadow);
            List<String> masterStates = new ArrayList<>();
            List<String> shadowStates = new ArrayList<>();
            watchUntilPaired(master, shadow, masterStates, shadowStates, Duration.ofSeconds(10));
            long tookMillis = (System.nanoTime() - started) / 1_000_000;

            assertThat(connect.get()).isEqualTo(204);
            assertThat(masterStates).containsSubsequence("ALONE", "BINDING", "CONNECTED");
            assertThat(shadowStates).containsSubsequence("HANDSHAKE", "INITSYNC", "READY");
            assertThat(masterStates).doesNotContain("BROKEN");
            assertThat(tookMillis).isGreaterThanOrEqualTo(BIND_TIME.toMillis());
            assertThat(master.send("GET", MASTER_STATE, null).json().get("shadowHost").asText()).isEqualTo("localhost");
        }
    }

    @Test
    void aRestartedShadowRejoinsItsMasterWithoutItsPasswordAndTakesChangesMadeAfterwards() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = slowBindingShadow(shadowDir, master)) {
            assertThat(connectInBackground(shadow).get()).isEqualTo(204);

            long restarted = System.nanoTime();
            shadow.restart();
            List<String> masterStates = new ArrayList<>();
            List<String> shadowStates = new ArrayList<>();
            watchUntilPaired(master, shadow, masterStates, shadowStates, Duration.ofSeconds(15));
            System.out.printf("HA rejoin in-process: READY/CONNECTED %d ms after the shadow's restart began "
                    + "(bind time %d ms)%n", (System.nanoTime() - restarted) / 1_000_000, BIND_TIME.toMillis());
            assertThat(shadowStates).containsSubsequence("HANDSHAKE", "INITSYNC", "READY");
            assertThat(masterStates).contains("BINDING");

            SystemMappingBehaviourTest.createSubaccount(master);
            waitFor(Duration.ofSeconds(10), () -> shadow.send("GET", SUBACCOUNTS, null).body()
                    .contains(SystemMappingBehaviourTest.ID));
        }
        String kept = Files.readString(shadowDir.resolve(StateStore.FILE_NAME));
        assertThat(kept).doesNotContain(SandboxFixture.PASSWORD).contains("\"masterHost\" : \"localhost\"")
                .contains("pinnedMasterSha256");
        assertThat(shadowDir.resolve(HaPairKeyFile.FILE_NAME)).exists();
        String key = new HaPairKeyFile(shadowDir).load();
        assertThat(key).isNotBlank();
        assertThat(kept).doesNotContain(key);
        assertThat(Files.readString(masterDir.resolve(StateStore.FILE_NAME))).doesNotContain(key);
        assertThat(new String(Files.readAllBytes(shadowDir.resolve(HaPairKeyFile.FILE_NAME)),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(key);
    }

    @Test
    void aRestartedMasterShowsBrokenUntilItsShadowIsBackAndAShadowStartedWithoutItsMasterWaitsWithoutTakingOver()
            throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = slowBindingShadow(shadowDir, master)) {
            assertThat(connectInBackground(shadow).get()).isEqualTo(204);
            shadow.stop();
            master.restart();
            assertThat(master.send("GET", MASTER_STATE, null).json().get("state").asText()).isEqualTo("BROKEN");
            assertThat(master.send("GET", MASTER_STATE, null).json().get("shadowHost").asText()).isEqualTo("localhost");
            master.stop();
            shadow.start();
            waitFor(Duration.ofSeconds(5), () -> "LOST".equals(state(shadow, SHADOW_STATE)));
            assertThat(shadow.send("GET", SHADOW_STATE, null).json().get("stateMessage").asText())
                    .contains("Rejoining the master");
            Thread.sleep(1_500);
            assertThat(shadow.send("GET", HA_ROLE, null).body()).isEqualTo("\"shadow\"");

            master.start();
            List<String> masterStates = new ArrayList<>();
            List<String> shadowStates = new ArrayList<>();
            watchUntilPaired(master, shadow, masterStates, shadowStates, Duration.ofSeconds(15));
            assertThat(masterStates).containsSubsequence("BROKEN", "BINDING", "CONNECTED");
        }
    }

    @Test
    void aRestartedShadowThatWasDisconnectedStaysDisconnected() throws Exception {
        try (SandboxFixture master = SandboxFixture.initialized(masterDir);
             SandboxFixture shadow = slowBindingShadow(shadowDir, master)) {
            assertThat(connectInBackground(shadow).get()).isEqualTo(204);
            shadow.send("POST", SHADOW_STATE, "{\"op\":\"DISCONNECT\"}").expect(204);
            shadow.restart();
            Thread.sleep(1_500);
            assertThat(state(shadow, SHADOW_STATE)).isEqualTo("DISCONNECTED");
            assertThat(state(master, MASTER_STATE)).isEqualTo("ALONE");
        }
    }

    static void watchUntilPaired(SandboxFixture master, SandboxFixture shadow, List<String> masterStates,
                                         List<String> shadowStates, Duration limit) {
        waitFor(limit, () -> {
            String onMaster = state(master, MASTER_STATE);
            String onShadow = state(shadow, SHADOW_STATE);
            addIfNew(masterStates, onMaster);
            addIfNew(shadowStates, onShadow);
            return "CONNECTED".equals(onMaster) && "READY".equals(onShadow);
        });
    }

    private static void addIfNew(List<String> seen, String state) {
        if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(state)) {
            seen.add(state);
        }
    }

    static String state(SandboxFixture fixture, String path) {
        return fixture.send("GET", path, null).json().get("state").asText();
    }

    static void waitFor(Duration limit, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within %s", limit).isLessThan(end);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
