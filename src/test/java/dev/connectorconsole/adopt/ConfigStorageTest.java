package dev.connectorconsole.adopt;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigStorageTest {
    @Test
    void aHandMadeContainerWithoutVolumesLosesItsConfigurationOnRecreate() {
        ConfigStorage storage = CandidateScanner.storageOf(Map.of());

        assertThat(storage.recreateLosesConfiguration()).isTrue();
        assertThat(storage.recreateWarning())
                .contains("/opt/sap/scc/config, /opt/sap/scc/config_master, /opt/sap/scc/scc_config")
                .contains("loses that configuration")
                .contains("backup");
    }

    @Test
    void volumesForTheConfigurationFoldersKeepIt() {
        ConfigStorage storage = CandidateScanner.storageOf(Map.of(
                "/opt/sap/scc/config", "scc_config", "/opt/sap/scc/config_master", "scc_master",
                "/opt/sap/scc/scc_config", "scc_secure"));

        assertThat(storage.recreateLosesConfiguration()).isFalse();
        assertThat(storage.ephemeral()).containsExactly("/opt/sap/scc/log");
        assertThat(storage.recreateWarning()).contains("keeps it");
    }

    @Test
    void aMountOfTheWholeInstallFolderCoversEverything() {
        ConfigStorage storage = CandidateScanner.storageOf(Map.of("/opt/sap/scc", "/srv/scc"));

        assertThat(storage.ephemeral()).isEmpty();
        assertThat(storage.persisted()).containsEntry("/opt/sap/scc/scc_config", "/srv/scc");
    }
}
