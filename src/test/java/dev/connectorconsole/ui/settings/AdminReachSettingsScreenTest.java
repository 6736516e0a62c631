package dev.connectorconsole.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.settings.AdminReach;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;

@ExtendWith(ApplicationExtension.class)
class AdminReachSettingsScreenTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 1);
    private Path dir;
    private SettingsStore store;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cc-reach-test");
        store = new SettingsStore(dir);
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
    void thisComputerIsTheDefaultAndOneAddressIsCheckedWarnedAboutAndSaved(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#reach-this-computer").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#reach-warning").query().isVisible()).isFalse();
        assertThat(robot.lookup("#reach-address").query().isDisabled()).isTrue();

        robot.clickOn("#reach-one-address");
        Label message = robot.lookup("#reach-address-message").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Enter an IPv4 address");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#reach-warning").queryAs(Label.class).getText())
                .contains("Administrator").contains("\"manage\"");
        assertThat(robot.lookup("#reach-warning").query().isVisible()).isTrue();

        robot.clickOn("#reach-address").write("lan-host");
        assertThat(message.getText()).isEqualTo("'lan-host' is not an IPv4 address such as 192.168.1.20");
        robot.doubleClickOn("#reach-address").eraseText(8).write("192.168.1.20");
        assertThat(message.isVisible()).isFalse();
        assertThat(robot.lookup("#reach-address").queryTextInputControl().getText()).isEqualTo("192.168.1.20");
        assertThat(robot.lookup("#settings-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#settings-save");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(store.file()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved: " + robot.lookup("#settings-save-message").queryAs(Label.class).getText());
        }

        assertThat(store.load().settings().adminReach())
                .isEqualTo(new AdminReach(AdminReach.Scope.ONE_ADDRESS, "192.168.1.20"));
        assertThat(Files.readString(store.file())).contains("\"adminReach\"").contains("192.168.1.20");

        robot.clickOn("#reach-this-computer").clickOn("#settings-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> store.load().settings().adminReach().equals(AdminReach.thisComputerOnly()));
        assertThat(robot.lookup("#reach-warning").query().isVisible()).isFalse();
    }
}
