package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.image.RunnableSapDownloads;
import dev.connectorconsole.upgrade.SapFilesNewImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the upgrade offers and proposes, and the profile following the new image. */
class ConnectorUpgradesTest {
    @Test
    void proposesTheNextPatchAndRefusesOlderOrEqualVersions() {
        assertThat(ConnectorUpgrades.nextPatch("2.19.0")).isEqualTo("2.19.1");
        assertThat(ConnectorUpgrades.nextPatch("2.19.0.2")).isEqualTo("2.19.1");
        assertThat(ConnectorUpgrades.nextPatch("garbage")).isEmpty();
        assertThat(ConnectorUpgrades.versionProblem("2.19.0", "2.19.1")).isEmpty();
        assertThat(ConnectorUpgrades.versionProblem("2.19.0", "2.19.0")).contains("newer than the running 2.19.0");
        assertThat(ConnectorUpgrades.versionProblem("2.19.0", "2.x")).isEqualTo("A version such as 2.19.1");
    }

    @Test
    void everyKindIsOfferedButAnAdoptedContainerWithItsConfigurationInsideMustMigrateFirst() {
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.SANDBOX, false).offered()).isTrue();
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.SAP_INSTALLER, false).offered()).isTrue();
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.ADOPTED, false).offered()).isTrue();
        ConnectorUpgrades.Offer inside = ConnectorUpgrades.offer(ContainerTarget.Kind.ADOPTED, true);
        assertThat(inside.offered()).isFalse();
        assertThat(inside.reason()).contains("Migrate it into volumes first");
        assertThat(ConnectorUpgrades.fromSapFiles(ContainerTarget.Kind.SANDBOX)).isFalse();
        assertThat(ConnectorUpgrades.fromSapFiles(ContainerTarget.Kind.ADOPTED)).isTrue();
    }

    @Test
    void aFolderOfNewSapDownloadsIsCheckedForPairingAndANewerVersion(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("sap-2.19.1");
        RunnableSapDownloads.portableTgz(folder, "2.19.1", 1024, 1);
        ConnectorUpgrades.SapFiles onlyConnector = ConnectorUpgrades.scan(folder);
        assertThat(onlyConnector.problem()).isNotEmpty();
        assertThat(ConnectorUpgrades.sapFilesProblem("2.19.0", onlyConnector)).isEqualTo(onlyConnector.problem());

        RunnableSapDownloads.sapMachineJdk(folder, "21.0.5", 1024, 2);
        ConnectorUpgrades.SapFiles paired = ConnectorUpgrades.scan(folder);
        assertThat(paired.problem()).isEmpty();
        assertThat(paired.version()).isEqualTo("2.19.1");
        assertThat(paired.description()).contains("Cloud Connector 2.19.1", "sapcc-2.19.1-linux-x64.tar.gz");
        assertThat(ConnectorUpgrades.sapFilesProblem("2.19.0", paired)).isEmpty();
        assertThat(ConnectorUpgrades.sapFilesProblem("2.19.1", paired)).contains("not newer than the running 2.19.1");
        assertThat(ConnectorUpgrades.scan(dir.resolve("missing")).problem()).contains("does not exist");
        assertThat(SapFilesNewImage.tagFor("2.19.1")).isEqualTo("connector-console/scc:2.19.1");
    }

    @Test
    void theUpgradedContainersProfileNamesTheNewImageOthersStay() {
        ConnectorProfile upgraded = new ConnectorProfile("Sandbox", "connector-console/sandbox:latest", "scc-sandbox",
                8443, "https://localhost:8443", "ab", "Administrator");
        ConnectorProfile other = new ConnectorProfile("Other", "connector-console/scc:latest", "scc", 9443,
                "https://localhost:9443", null, null);
        AppSettings after = ConnectorProfiles.withImage(AppSettings.defaults().withProfiles(List.of(upgraded, other)),
                "scc-sandbox", "connector-console/sandbox:2.19.1");
        assertThat(after.profiles().get(0)).isEqualTo(new ConnectorProfile("Sandbox", "connector-console/sandbox:2.19.1",
                "scc-sandbox", 8443, "https://localhost:8443", "ab", "Administrator"));
        assertThat(after.profiles().get(1)).isEqualTo(other);
        assertThat(ConnectorProfiles.targetOf(after.profiles().get(0)).kind()).isEqualTo(ContainerTarget.Kind.SANDBOX);
    }
}
