package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HaRole;
import dev.connectorconsole.connector.HighAvailability;
import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.ShadowHaConfig;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's client makes a pair of two sandboxes, sees it replicate and switches the roles. */
class HaClientAgainstSandboxTest {
    private static final String PASSWORD = "Client-Pass-9";
    private static final String REGION = "cf.eu20.hana.ondemand.com";
    private static final String ID = "3a9c1e7b-8d2f-4c6a-b5e4-9f0d1c2b3a4e";

    @TempDir
    Path masterDir;
    @TempDir
    Path shadowDir;

    private static SccClient firstRun(SandboxServer sandbox, HaRole role) {
        SccClient client = SandboxClients.passwordChanged(sandbox, new Secret(PASSWORD));
        client.highAvailability().setRole(role);
        return client;
    }

    @Test
    void aPairMadeThroughTheClientReplicatesAndSwitchesRoles() {
        try (SandboxServer masterServer = SandboxServer.start(SandboxOptions.defaults(masterDir).withConnectDelay(Duration.ZERO));
             SandboxServer shadowServer = SandboxServer.start(SandboxOptions.defaults(shadowDir).withConnectDelay(Duration.ZERO));
             SccClient masterClient = firstRun(masterServer, HaRole.MASTER);
             SccClient shadowClient = firstRun(shadowServer, HaRole.SHADOW)) {
            HighAvailability master = masterClient.highAvailability();
            HighAvailability shadow = shadowClient.highAvailability();
            assertThat(master.role()).isEqualTo(HaRole.MASTER);
            assertThat(shadow.role()).isEqualTo(HaRole.SHADOW);
            assertThatThrownBy(master::shadowConfig).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.FORBIDDEN));
            assertThatThrownBy(shadow::masterConfig).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST));

            master.setMasterConfig(new MasterHaConfig(true, null, ""));
            assertThat(master.masterConfig()).isEqualTo(new MasterHaConfig(true, null, ""));
            assertThat(master.masterState().state()).isEqualTo("ALONE");
            ShadowHaConfig saved = shadow.setShadowConfig(
                    ShadowHaConfig.of("localhost", masterServer.port(), "localhost").withTimings(1, 2));
            assertThat(saved.masterPort()).isEqualTo(masterServer.port());
            assertThat(saved.takeoverDelayInSeconds()).isEqualTo(2);
            assertThat(shadow.shadowConfig()).isEqualTo(saved);
            assertThat(shadow.shadowState().state()).isEqualTo("DISCONNECTED");

            assertThatThrownBy(() -> shadow.connectToMaster("Administrator", new Secret("Wrong-Pass-1")))
                    .isInstanceOfSatisfying(SccException.class, e -> {
                        assertThat(e.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST);
                        assertThat(e.getMessage()).doesNotContain("Wrong-Pass-1");
                    });
            shadow.connectToMaster("Administrator", new Secret(PASSWORD));
            assertThat(shadow.shadowState().ready()).isTrue();
            assertThat(shadow.shadowState().masterVersions()).containsExactly("2.19.0.2");
            assertThat(master.masterState().shadowConnected()).isTrue();
            assertThat(master.masterState().shadowHost()).isEqualTo("localhost");
            assertThatThrownBy(master::resetMaster).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.CONFLICT));

            masterClient.create(new SubaccountCreate(REGION, ID, "ops@example.com", new Secret("Cloud-1"), "Sales", "", "", false));
            waitFor(() -> shadowClient.subaccounts().size() == 1);
            assertThat(shadowClient.subaccount(REGION, ID).displayName()).isEqualTo("Sales");

            master.switchRoles();
            waitFor(() -> shadow.role() == HaRole.MASTER);
            assertThat(master.role()).isEqualTo(HaRole.SHADOW);
            assertThat(master.shadowConfig().masterPort()).isEqualTo(shadowServer.port());
            assertThat(shadowClient.subaccount(REGION, ID).displayName()).isEqualTo("Sales");
        }
    }

    private static void waitFor(BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(end);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
