package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pair made from a running master and a fresh second sandbox, read and switched, over real HTTPS. */
class HaPairingTest {
    private static final String PASSWORD = "Pairing-Pass-3";

    @TempDir
    Path masterDir;
    @TempDir
    Path secondDir;

    private static SccClient passwordChanged(SandboxServer sandbox) {
        return SandboxClients.passwordChanged(sandbox, new Secret(PASSWORD));
    }

    @Test
    void aFreshConnectorBecomesTheShadowOfARunningMasterAndTheRolesSwitch() throws Exception {
        try (SandboxServer masterServer = SandboxServer.start(SandboxOptions.defaults(masterDir).withConnectDelay(Duration.ZERO));
             SandboxServer secondServer = SandboxServer.start(SandboxOptions.defaults(secondDir).withConnectDelay(Duration.ZERO));
             SccClient master = passwordChanged(masterServer);
             SccClient second = passwordChanged(secondServer)) {
            master.setHaRole("master");
            master.create(new SubaccountCreate("cf.eu10.hana.ondemand.com", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                    "ops@example.com", new Secret("Cloud-1"), "Sales", "", "", false));
            HaPairing pairing = new HaPairing(master, second);
            HaPairing.ShadowSettings settings = new HaPairing.ShadowSettings("localhost", masterServer.port(), "localhost", 1, 5);

            assertThatThrownBy(() -> pairing.pair(settings, "Administrator", new Secret("Not-It-1")))
                    .isInstanceOfSatisfying(SccException.class, e -> assertThat(e.getMessage()).doesNotContain("Not-It-1"));
            assertThat(pairing.read().paired()).isFalse();

            pairing.pair(settings, "Administrator", new Secret(PASSWORD));
            HaPairStatus status = pairing.read();
            assertThat(status.paired()).isTrue();
            assertThat(status.firstRole()).isEqualTo(HaRole.MASTER);
            assertThat(status.secondRole()).isEqualTo(HaRole.SHADOW);
            assertThat(status.firstMaster().shadowHost()).isEqualTo("localhost");
            assertThat(second.subaccounts()).hasSize(1);

            pairing.switchRoles();
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (pairing.read().secondRole() != HaRole.MASTER) {
                assertThat(System.nanoTime()).as("switched within 10 s").isLessThan(end);
                Thread.sleep(50);
            }
            assertThat(pairing.read().firstRole()).isEqualTo(HaRole.SHADOW);
            assertThat(second.subaccounts()).singleElement().satisfies(s -> assertThat(s.subaccount()).startsWith("0a1b2c3d"));
        }
    }

    @Test
    void aSecondMasterCannotBecomeTheShadow() {
        try (SandboxServer masterServer = SandboxServer.start(SandboxOptions.defaults(masterDir).withConnectDelay(Duration.ZERO));
             SandboxServer secondServer = SandboxServer.start(SandboxOptions.defaults(secondDir).withConnectDelay(Duration.ZERO));
             SccClient master = passwordChanged(masterServer);
             SccClient second = passwordChanged(secondServer)) {
            master.setHaRole("master");
            second.setHaRole("master");
            assertThatThrownBy(() -> new HaPairing(master, second).pair(
                    new HaPairing.ShadowSettings("localhost", masterServer.port(), "localhost", 1, 5), "Administrator",
                    new Secret(PASSWORD))).hasMessageContaining("is a master already");
            assertThat(master.highAvailability().masterState().state()).isEqualTo("ALONE");
        }
    }
}
