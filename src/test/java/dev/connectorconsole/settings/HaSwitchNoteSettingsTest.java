package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The High availability screen's note about switching roles is kept with the connector profiles. */
class HaSwitchNoteSettingsTest {
    private static final String NOTE = "Roles cannot be switched from here: the master on build-a.example cannot be "
            + "reached back from its shadow on this computer.";

    @TempDir
    Path dir;

    @Test
    void theNoteSurvivesSavingAndLoadingAndAProfileWithoutOneHasNone() throws IOException {
        ConnectorProfile master = new ConnectorProfile("scc-master", "sapcc:2.19.1", "scc-master", 8443,
                "https://localhost:8443", null, "Administrator", null).withHaSwitchNote(NOTE);
        ConnectorProfile shadow = new ConnectorProfile("scc-shadow", "sapcc:2.19.1", "scc-shadow", 8444,
                "https://localhost:8444", null, "Administrator", null, NOTE);
        ConnectorProfile other = new ConnectorProfile("dev", "sapcc:2.19.1", "scc-dev", 9443, "https://localhost:9443",
                null, "Administrator");
        new SettingsStore(dir).save(AppSettings.defaults().withProfiles(List.of(master, shadow, other)));

        LoadResult loaded = new SettingsStore(dir).load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().profiles()).extracting(ConnectorProfile::haSwitchNote)
                .containsExactly(NOTE, NOTE, null);
        assertThat(loaded.settings().profiles().get(0).withHaSwitchNote(null).haSwitchNote()).isNull();
        assertThat(loaded.settings().profiles().get(0).withPinnedSha256(null).haSwitchNote())
                .as("other changes to the profile keep the note").isEqualTo(NOTE);
    }

    @Test
    void aProfileSavedBeforeTheNoteExistedLoadsWithoutOne() throws IOException {
        Files.writeString(new SettingsStore(dir).file(), """
                {"formatVersion": 1,
                 "profiles": [{"name": "scc-shadow", "image": "sapcc:2.19.1", "container": "scc-shadow",
                               "hostPort": 8444, "adminUrl": "https://localhost:8444", "user": "Administrator",
                               "engine": null}]}
                """);

        LoadResult loaded = new SettingsStore(dir).load();

        assertThat(loaded.warning()).isEmpty();
        assertThat(loaded.settings().profiles()).singleElement().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo("scc-shadow");
            assertThat(profile.hostPort()).isEqualTo(8444);
            assertThat(profile.haSwitchNote()).isNull();
        });
    }
}
