package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/** Other engines in Settings: added when valid, kept as typed when not, removed only when no connector runs there. */
class EnginesSettingsTest {
    @TempDir
    Path dir;

    private final ConnectorProfile plant = new ConnectorProfile("Plant", "connector-console/sandbox:latest", "scc-plant",
            8443, "https://localhost:8443", null, "Administrator");

    private SettingsViewModel open(AppSettings initial) {
        return new SettingsViewModel(new SettingsKeeper(new SettingsStore(dir), initial, BackgroundTasks.sameThread()),
                Optional.empty());
    }

    @Test
    void anEngineIsAddedWhenNamedAndAddressedAndTheFormKeepsWhatWasTypedOtherwise() {
        SettingsViewModel model = open(AppSettings.defaults());
        NewEngineForm form = model.newEngine();
        form.host().set("ssh://ops@build-host");

        assertThat(model.addEngine()).isFalse();
        assertThat(form.message().get()).isEqualTo("An engine has no name");
        assertThat(form.host().get()).isEqualTo("ssh://ops@build-host");

        form.name().set("build-host");
        form.host().set("build-host:22");
        assertThat(model.addEngine()).isFalse();
        assertThat(form.message().get()).contains("must start with tcp://, unix://, npipe:// or ssh://");

        form.host().set("ssh://ops@build-host");
        assertThat(model.addEngine()).isTrue();
        assertThat(model.engines()).containsExactly(NamedEngine.of("build-host", "ssh://ops@build-host", false, null));
        assertThat(form.name().get()).isEmpty();

        form.name().set("Build-Host");
        form.host().set("tcp://other:2376");
        assertThat(model.addEngine()).isFalse();
        assertThat(form.message().get()).isEqualTo("There is an engine named 'Build-Host' already");
    }

    @Test
    void anEngineAConnectorRunsOnIsNotRemovedUntilTheConnectorMoves() throws Exception {
        NamedEngine buildHost = NamedEngine.of("build-host", "ssh://ops@build-host", false, null);
        SettingsViewModel model = open(AppSettings.defaults().withEngines(List.of(buildHost))
                .withProfiles(List.of(plant.withEngine("build-host"))));

        model.removeEngine(buildHost);
        assertThat(model.engines()).containsExactly(buildHost);
        assertThat(model.newEngine().message().get())
                .isEqualTo("Engine 'build-host' is used by Plant: choose another engine for it first.");

        model.setProfileEngine(model.profiles().get(0), NamedEngine.DEFAULT_NAME);
        model.removeEngine(buildHost);
        assertThat(model.engines()).isEmpty();
        assertThat(model.save()).isTrue();

        AppSettings saved = new SettingsStore(dir).load().settings();
        assertThat(saved.engines()).isEmpty();
        assertThat(saved.profiles()).extracting(ConnectorProfile::engine).containsExactly((String) null);
    }

    @Test
    void aProfilesEngineIsSavedAndDecidesWhereItsContainerIsLookedFor() throws Exception {
        NamedEngine buildHost = NamedEngine.of("build-host", "tcp://build-host:2376", true, "build-host-certs");
        SettingsViewModel model = open(AppSettings.defaults().withEngines(List.of(buildHost))
                .withProfiles(List.of(plant)));
        model.setProfileEngine(model.profiles().get(0), "build-host");
        assertThat(model.save()).isTrue();

        AppSettings saved = new SettingsStore(dir).load().settings();
        assertThat(saved.profiles().get(0).engine()).isEqualTo("build-host");
        assertThat(saved.engineOf(saved.profiles().get(0)).host()).isEqualTo("tcp://build-host:2376");
        assertThat(saved.engineOf(null).mode()).isEqualTo(EngineMode.AUTOMATIC);
    }

    @Test
    void aProfileNamingAnEngineThatIsGoneUsesTheDefaultEngineAndTheLoadSaysSo() throws Exception {
        Path file = new SettingsStore(dir).file();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"profiles\":[{\"name\":\"Plant\",\"image\":\"connector-console/sandbox:latest\","
                + "\"container\":\"scc-plant\",\"hostPort\":8443,\"engine\":\"gone-host\"}]}");

        LoadResult loaded = new SettingsStore(dir).load();

        assertThat(loaded.settings().profiles()).extracting(ConnectorProfile::engine).containsExactly((String) null);
        assertThat(loaded.warning()).hasValueSatisfying(w -> assertThat(w).contains("gone-host"));
        List<String> replaced = new ArrayList<>();
        AppSettings.defaults().withProfiles(List.of(plant.withEngine("gone-host"))).repaired(replaced);
        assertThat(replaced).containsExactly("Profile 'Plant' named engine 'gone-host', which is not in the list: it uses"
                + " the default engine");
    }
}
