package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void onlyTheSandboxPathIsOfferedTheOthersSayWhy() {
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.SANDBOX).offered()).isTrue();
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.SAP_INSTALLER).reason()).contains("not offered yet");
        assertThat(ConnectorUpgrades.offer(ContainerTarget.Kind.ADOPTED).offered()).isFalse();
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
