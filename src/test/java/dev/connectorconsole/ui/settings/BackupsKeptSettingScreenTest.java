package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Backups kept per connector" in Settings: refused outside 1–100 with a message next to it, saved when valid. */
@ExtendWith(ApplicationExtension.class)
class BackupsKeptSettingScreenTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 1);
    private SettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        store = new SettingsStore(Files.createTempDirectory("cc-settings-kept"));
        store.save(AppSettings.defaults().withBackupsKept(7));
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
    void outsideOneToAHundredIsRefusedThenAValidNumberIsSaved(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#backups-kept-setting").queryTextInputControl().getText()).isEqualTo("7");
        Label message = robot.lookup("#backups-kept-message").queryAs(Label.class);
        Button save = robot.lookup("#settings-save").queryButton();
        assertThat(message.isVisible()).isFalse();

        javafx.scene.control.TextField field = robot.lookup("#backups-kept-setting").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            field.requestFocus();
            field.selectAll();
        });
        robot.write("0");
        assertThat(field.getText()).isEqualTo("0");
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("Between 1 and 100 backups");
        assertThat(save.isDisabled()).isTrue();

        robot.interact(field::selectAll);
        robot.write("101");
        assertThat(field.getText()).isEqualTo("101");
        assertThat(message.getText()).isEqualTo("Between 1 and 100 backups");
        robot.interact(field::selectAll);
        robot.write("many");
        assertThat(message.getText()).isEqualTo("A whole number of backups");
        assertThat(save.isDisabled()).isTrue();

        robot.interact(field::selectAll);
        robot.write("25");
        assertThat(message.isVisible()).isFalse();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        Label saved = robot.lookup("#settings-save-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved to"));
        assertThat(store.load().settings().backupsKept()).isEqualTo(25);
    }
}
