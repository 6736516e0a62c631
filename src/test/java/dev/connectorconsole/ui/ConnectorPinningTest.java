package dev.connectorconsole.ui;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint a user trusts lands in the right connector profile and survives a restart of the app. */
class ConnectorPinningTest {
    private static final String SHA = String.join(":", java.util.Collections.nCopies(32, "AB"));

    @Test
    void theSandboxProfileKeepsTheTrustedFingerprint(@TempDir Path config) throws Exception {
        ConnectorProfile sandbox = new ConnectorProfile("Sandbox", "connector-console/sandbox:latest", "scc-sandbox",
                18443, "https://localhost:18443", null, null);
        AppSettings settings = AppSettings.defaults().withProfiles(List.of(sandbox));

        AppSettings pinned = ProfileAddresses.withPinned(settings, "https://127.0.0.1:18443", "Administrator", SHA);
        new SettingsStore(config).save(pinned);

        AppSettings reloaded = new SettingsStore(config).load().settings();
        assertThat(reloaded.profiles()).singleElement().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo("Sandbox");
            assertThat(profile.pinnedSha256()).isEqualTo(SHA);
        });
    }

    @Test
    void aConnectorThatRunsElsewhereBecomesARemoteProfile(@TempDir Path config) throws Exception {
        AppSettings pinned = ProfileAddresses.withPinned(AppSettings.defaults(), "https://scc.example.com:8443",
                "Administrator", SHA);
        new SettingsStore(config).save(pinned);

        ConnectorProfile profile = new SettingsStore(config).load().settings().profiles().get(0);
        assertThat(profile.isRemote()).isTrue();
        assertThat(profile.adminUrl()).isEqualTo("https://scc.example.com:8443");
        assertThat(profile.pinnedSha256()).isEqualTo(SHA);
        assertThat(dev.connectorconsole.app.ConnectorProfiles.initialTarget(pinned)).as("no container of its own to manage")
                .isEqualTo(dev.connectorconsole.app.ContainerTarget.sapDefaults());
    }

    @Test
    void backupsAreKeptUnderTheContainerNameLikeTheUpgradesOrTheRemoteProfileName() {
        ConnectorProfile local = new ConnectorProfile("Sandbox", "connector-console/sandbox:latest", "scc-sandbox",
                18443, "https://localhost:18443", null, null);
        ConnectorProfile remote = ConnectorProfile.remote("Plant Berlin", "https://scc.example.com:8443", "Administrator");
        AppSettings settings = AppSettings.defaults().withProfiles(List.of(local, remote));

        assertThat(ProfileAddresses.backupName(settings, new dev.connectorconsole.connector.ConnectorEndpoint(
                "127.0.0.1", 18443))).isEqualTo("scc-sandbox");
        assertThat(ProfileAddresses.backupName(settings, new dev.connectorconsole.connector.ConnectorEndpoint(
                "scc.example.com", 8443))).isEqualTo("Plant Berlin");
        assertThat(ProfileAddresses.backupName(settings, new dev.connectorconsole.connector.ConnectorEndpoint(
                "other.example.com", 8443))).isEqualTo("other.example.com_8443");
    }
}
