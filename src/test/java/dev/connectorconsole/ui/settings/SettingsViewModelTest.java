package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.settings.Theme;
import dev.connectorconsole.ui.fx.BackgroundTasks;

class SettingsViewModelTest {
    private static final String PIN = String.join(":", java.util.Collections.nCopies(32, "AB"));

    @TempDir
    Path dir;

    private SettingsViewModel open(AppSettings initial) {
        SettingsStore store = new SettingsStore(dir);
        LoadResult loaded = new LoadResult(initial, java.util.Optional.empty());
        return new SettingsViewModel(new SettingsKeeper(store, loaded.settings(), BackgroundTasks.sameThread()),
                loaded.warning());
    }

    @Test
    void outOfRangeNumbersAreMarkedAndNotSaved() {
        SettingsViewModel model = open(AppSettings.defaults());
        model.logBufferLinesProperty().set("50");
        assertThat(model.bufferMessageProperty().get()).isEqualTo("Between 1,000 and 2,000,000 lines");
        model.refreshSecondsProperty().set("soon");
        assertThat(model.refreshMessageProperty().get()).isEqualTo("A whole number of seconds");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.save()).isFalse();
        assertThat(new SettingsStore(dir).file()).doesNotExist();
    }

    @Test
    void anEngineHostNeedsAnAddressAndTlsNeedsItsCertificates() {
        SettingsViewModel model = open(AppSettings.defaults());
        model.engineModeProperty().set(EngineMode.HOST);
        assertThat(model.hostMessageProperty().get()).startsWith("Enter the engine address");
        model.engineHostProperty().set("build-host:2376");
        assertThat(model.hostMessageProperty().get()).startsWith("Start with tcp://");
        model.engineHostProperty().set("tcp://build-host:2376");
        assertThat(model.hostMessageProperty().get()).isEmpty();
        model.tlsVerifyProperty().set(true);
        assertThat(model.certMessageProperty().get()).contains("ca.pem, cert.pem and key.pem");
        model.engineModeProperty().set(EngineMode.AUTOMATIC);
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void savedValuesAreWhatTheNextStartReads() {
        SettingsViewModel model = open(AppSettings.defaults());
        model.engineModeProperty().set(EngineMode.HOST);
        model.engineHostProperty().set("tcp://build-host:2375");
        model.themeProperty().set(Theme.DARK);
        model.logBufferLinesProperty().set("250000");
        model.refreshSecondsProperty().set("30");
        assertThat(model.save()).isTrue();
        assertThat(model.saveMessageProperty().get()).startsWith("Saved to ");

        AppSettings reread = new SettingsStore(dir).load().settings();
        assertThat(reread.engine().host()).isEqualTo("tcp://build-host:2375");
        assertThat(reread.theme()).isEqualTo(Theme.DARK);
        assertThat(reread.logBufferLines()).isEqualTo(250_000);
        assertThat(reread.refreshSeconds()).isEqualTo(30);
    }

    @Test
    void profilesCanBeRemovedAndTheirTrustedCertificateForgotten() {
        ConnectorProfile a = new ConnectorProfile("Main", "scc:2.18", "scc", 8443, "https://localhost:8443", PIN, "Administrator");
        ConnectorProfile b = new ConnectorProfile("Sandbox", "sandbox:1", "sbx", 9443, null, null, null);
        SettingsViewModel model = open(AppSettings.defaults().withProfiles(List.of(a, b)));
        model.forgetFingerprint(a);
        model.removeProfile(b);
        model.save();
        assertThat(new SettingsStore(dir).load().settings().profiles())
                .containsExactly(a.withPinnedSha256(null));
    }

    @Test
    void revertPutsBackWhatIsSaved() {
        SettingsViewModel model = open(AppSettings.defaults());
        model.logBufferLinesProperty().set("5");
        model.revert();
        assertThat(model.logBufferLinesProperty().get()).isEqualTo("100000");
        assertThat(model.bufferMessageProperty().get()).isEmpty();
    }
}
