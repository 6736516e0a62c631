package dev.connectorconsole.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connector's own restore replaces its scc_config folder. In the one-volume layout that folder is a plain folder
 * and the restore works; where the folder is a volume of its own (as the public images mount it) the restore cannot
 * remove it and fails with the real connector's message, changing nothing.
 */
class SandboxRestoreLayoutTest {
    @RegisterExtension
    static final SandboxEngine SANDBOX = SandboxEngine.masterNamedOnly("restore-layout");
    private static final Secret BACKUP_PASSWORD = new Secret("Backup-" + System.nanoTime());

    @TempDir
    Path work;

    @AfterEach
    void removeTheContainer() {
        if (SANDBOX.containers().inspect(SANDBOX.master()).isPresent()) {
            SANDBOX.containers().remove(SANDBOX.master(), true);
        }
    }

    @Test
    void aRestoreInTheOneVolumeLayoutBringsBackTheBackedUpConfiguration() throws Exception {
        String name = SANDBOX.master();
        int port = run(ContainerSpec.connectorDefaults(name, SANDBOX.tag(), free()));
        assertThat(SANDBOX.containers().inspect(name).orElseThrow().volumes())
                .containsExactly(Map.entry(name + "_scc", "/opt/sap/scc"));
        String sha256 = HandMadeSandboxConnector.configure(port);
        Path backup = work.resolve("backup.zip");
        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            admin.backup(BACKUP_PASSWORD, backup);
            admin.delete(HandMadeSandboxConnector.REGION, HandMadeSandboxConnector.SUBACCOUNT);
            assertThat(admin.subaccounts()).isEmpty();

            admin.restore(BACKUP_PASSWORD, backup);
        }
        HandMadeSandboxConnector.awaitReady(port);

        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            assertThat(ids(admin.subaccounts())).containsExactly(HandMadeSandboxConnector.SUBACCOUNT);
        }
    }

    @Test
    void aRestoreOntoAFolderThatIsItsOwnMountPointFailsAndChangesNothing() throws Exception {
        String name = SANDBOX.master();
        ContainerSpec perFolder = ContainerSpec.connectorDefaults(name, SANDBOX.tag(), free())
                .withVolumes(Map.of(name + "_scc_config", "/opt/sap/scc/scc_config"));
        int port = run(perFolder);
        String sha256 = HandMadeSandboxConnector.configure(port);
        Path backup = work.resolve("backup.zip");
        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            admin.backup(BACKUP_PASSWORD, backup);
            admin.delete(HandMadeSandboxConnector.REGION, HandMadeSandboxConnector.SUBACCOUNT);

            SccException failed = catchThrowableOfType(() -> admin.restore(BACKUP_PASSWORD, backup), SccException.class);

            assertThat(failed).as("the restore fails").isNotNull();
            assertThat(failed.getMessage()).contains("Could not remove directory /opt/sap/scc/scc_config");
            assertThat(admin.subaccounts()).as("nothing restored: the subaccount deleted after the backup stays gone")
                    .isEmpty();
        }
        SANDBOX.containers().restart(name);
        HandMadeSandboxConnector.awaitReady(port);
        try (SccClient admin = HandMadeSandboxConnector.client(port, sha256)) {
            assertThat(admin.subaccounts()).as("the folder still holds the state from before the restore").isEmpty();
        }
    }

    private static int free() {
        return PortCheck.nextFree(PublishAddress.LOOPBACK, 21443 + (int) (System.nanoTime() % 2000));
    }

    private static int run(ContainerSpec spec) {
        SANDBOX.containers().run(spec.withLabels(TestImages.LABELS));
        HandMadeSandboxConnector.awaitReady(spec.hostPort());
        return spec.hostPort();
    }

    private static List<String> ids(List<SubaccountSummary> subaccounts) {
        return subaccounts.stream().map(SubaccountSummary::subaccount).toList();
    }
}
