package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retention of the backup store: how many backups per connector are kept. */
class BackupsKeptSettingTest {
    @TempDir
    Path dir;

    @Test
    void defaultsToTenIsCheckedAndSurvivesASave() throws Exception {
        assertThat(AppSettings.defaults().backupsKept()).isEqualTo(AppSettings.DEFAULT_BACKUPS_KEPT).isEqualTo(10);
        AppSettings none = AppSettings.defaults().withBackupsKept(0);
        assertThat(none.problems()).anySatisfy(problem -> assertThat(problem).contains("Keeping 0 backups"));
        List<String> replaced = new ArrayList<>();
        assertThat(none.repaired(replaced).backupsKept()).isEqualTo(10);
        assertThat(replaced).hasSize(1);

        SettingsStore store = new SettingsStore(dir);
        store.save(AppSettings.defaults().withBackupsKept(3).withRefreshSeconds(20));

        AppSettings loaded = store.load().settings();
        assertThat(loaded.backupsKept()).isEqualTo(3);
        assertThat(loaded.refreshSeconds()).isEqualTo(20);
    }
}
