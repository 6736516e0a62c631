package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.NotificationChoices;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The three notification switches in Settings: shown as saved (all on by default), saved when changed. */
@ExtendWith(ApplicationExtension.class)
class NotificationSettingsScreenTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 1);
    private SettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        store = new SettingsStore(Files.createTempDirectory("cc-settings-notify"));
        SettingsScreen screen = new SettingsScreen(new SettingsViewModel(
                new SettingsKeeper(store, store.load().settings(), tasks), Optional.empty()));
        Scene scene = new Scene((Parent) screen.view(), 1000, 900);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        tasks.closeGracefully(java.time.Duration.ofSeconds(5));
    }

    @Test
    void allOnUntilSwitchedOffThenSaved(FxRobot robot) throws Exception {
        CheckBox tunnels = robot.lookup("#notify-tunnels").queryAs(CheckBox.class);
        CheckBox alerts = robot.lookup("#notify-alerts").queryAs(CheckBox.class);
        CheckBox certificates = robot.lookup("#notify-certificates").queryAs(CheckBox.class);
        assertThat(tunnels.getText()).startsWith("Notify about tunnels");
        assertThat(alerts.getText()).startsWith("Notify about new alerts");
        assertThat(certificates.getText()).startsWith("Notify about expiring certificates");
        assertThat(tunnels.isSelected() && alerts.isSelected() && certificates.isSelected()).isTrue();

        robot.interact(() -> {
            alerts.setSelected(false);
            certificates.setSelected(false);
        });
        robot.interact(() -> robot.lookup("#settings-save").queryButton().fire());
        Label saved = robot.lookup("#settings-save-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved to"));

        assertThat(store.load().settings().notifications()).isEqualTo(new NotificationChoices(true, false, false));
        assertThat(AppSettings.defaults().notifications().any()).isTrue();
    }
}
