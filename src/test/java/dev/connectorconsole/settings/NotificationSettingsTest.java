package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three notification switches: on by default, on when an older file has none of them, kept when switched off. */
class NotificationSettingsTest {
    @TempDir
    Path dir;

    @Test
    void allOnByDefaultAndWhatIsSwitchedOffStaysOffAfterASave() throws Exception {
        assertThat(AppSettings.defaults().notifications()).isEqualTo(new NotificationChoices(true, true, true));
        SettingsStore store = new SettingsStore(dir);
        store.save(AppSettings.defaults().withNotifications(new NotificationChoices(true, false, false))
                .withBackupsKept(4));

        assertThat(Files.readString(store.file())).contains("\"notifications\"").contains("\"alerts\" : false");
        AppSettings loaded = store.load().settings();
        assertThat(loaded.notifications()).isEqualTo(new NotificationChoices(true, false, false));
        assertThat(loaded.backupsKept()).isEqualTo(4);
    }

    @Test
    void anOlderFileWithoutThemLoadsWithEveryNotificationOn() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), """
                {"formatVersion": 1, "theme": "DARK", "refreshSeconds": 15, "backupsKept": 7}
                """);

        var result = store.load();

        assertThat(result.warning()).isEmpty();
        assertThat(result.settings().notifications()).isEqualTo(NotificationChoices.allOn());
        assertThat(result.settings().refreshSeconds()).isEqualTo(15);
    }

    @Test
    void aFileWithOnlySomeOfThemTurnsTheOthersOn() throws Exception {
        SettingsStore store = new SettingsStore(dir);
        Files.writeString(store.file(), """
                {"formatVersion": 1, "notifications": {"tunnels": false}}
                """);

        assertThat(store.load().settings().notifications()).isEqualTo(new NotificationChoices(false, true, true));
    }
}
