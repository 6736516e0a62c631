package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;

@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 1);
    private Path dir;
    private SettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cc-settings-test");
        store = new SettingsStore(dir);
        Files.writeString(store.file(), "{ \"theme\": \"DARK\", \"profiles\": [ {\"name\": ");
        LoadResult loaded = store.load();
        SettingsScreen screen = new SettingsScreen(new SettingsViewModel(
                new SettingsKeeper(store, loaded.settings(), tasks), loaded.warning()));
        Scene scene = new Scene((Parent) screen.view(), 1000, 900);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void cleanUp() throws Exception {
        tasks.closeGracefully(java.time.Duration.ofSeconds(5));
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @Test
    void aCorruptFileIsSetAsideAndSaidOnceThenSavingWritesANewOne(FxRobot robot) throws Exception {
        Label warning = robot.lookup("#settings-load-warning .label").nth(1).queryAs(Label.class);
        assertThat(robot.lookup("#settings-load-warning").query().isVisible()).isTrue();
        assertThat(warning.getText()).isNotBlank();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
        robot.clickOn("#dismiss-load-warning");
        assertThat(robot.lookup("#settings-load-warning").query().isVisible()).isFalse();

        robot.doubleClickOn("#log-buffer-lines").eraseText(12).write("12");
        Label bufferMessage = robot.lookup("#log-buffer-message").queryAs(Label.class);
        assertThat(bufferMessage.isVisible()).isTrue();
        assertThat(bufferMessage.getText()).isEqualTo("Between 1,000 and 2,000,000 lines");
        Button save = robot.lookup("#settings-save").queryButton();
        assertThat(save.isDisabled()).isTrue();

        robot.write("0000");
        assertThat(bufferMessage.isVisible()).isFalse();
        robot.clickOn("#theme-dark").clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(store.file()));
        Label saved = robot.lookup("#settings-save-message").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> saved.getText().startsWith("Saved to"));
        LoadResult reread = store.load();
        assertThat(reread.warning()).isEmpty();
        assertThat(reread.settings().logBufferLines()).isEqualTo(120_000);
        assertThat(reread.settings().theme()).isEqualTo(dev.connectorconsole.settings.Theme.DARK);
    }
}
