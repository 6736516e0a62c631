package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.settings.SettingsStore;

/** The real main window with DOCKER_HOST pointing at a socket nobody listens on. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final String deadSocket = "/tmp/cc-dead-" + UUID.randomUUID() + ".sock";
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        config = Files.createTempDirectory("cc-main-window");
        Path dockerConfig = Files.createTempDirectory("cc-docker-config");
        AppEnvironment environment = new AppEnvironment(Map.of("DOCKER_HOST", "unix://" + deadSocket), config,
                dockerConfig);
        MainWindow.open(stage, environment, new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
    }

    @Test
    void firstRunShowsWhyThereIsNoEngineAndStillOffersAConnectorByUrl(FxRobot robot) throws Exception {
        Node banner = robot.lookup("#no-engine-banner").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, banner::isVisible);
        String text = robot.lookup("#no-engine-banner .label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertThat(text).contains("No Docker engine answers").contains(deadSocket)
                .contains("Connecting to a connector that runs elsewhere works without Docker");
        assertThat(robot.lookup("#path-build").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#path-sandbox").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#status-engine").queryLabeled().getText()).contains("not answering");

        replaceText(robot, "#admin-url", "http://scc.example.com:8443");
        robot.clickOn("#path-connect");
        assertThat(robot.lookup("#admin-url-message").queryLabeled().getText())
                .isEqualTo("The connector's admin API only answers over https://");

        replaceText(robot, "#admin-url", "https://scc.example.com:8443");
        Button connect = robot.lookup("#path-connect").queryButton();
        assertThat(connect.isDisabled()).isFalse();
        robot.clickOn(connect);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-sign-in").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#admin-url").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("https://scc.example.com:8443");
    }

    @Test
    void shortcutsAndTheSidebarSwitchScreens(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-container").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#host-port").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-logs").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#log-search").query().isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-backups").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#backups-signed-out").query().isVisible()).as("not signed in: it says so").isTrue();
        assertThat(robot.lookup("#take-backup").query().isVisible()).as("nothing offered that would fail").isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-connector-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#connector-settings-problem").queryAs(javafx.scene.control.Label.class).getText())
                .as("not signed in: it says so").isEqualTo("Sign in to a connector to see its settings.");

        robot.clickOn("#nav-high-availability");
        assertThat(robot.lookup("#ha-connect").tryQuery()).isPresent();

        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-save").tryQuery()).isPresent();

        robot.clickOn("#nav-subaccounts");
        assertThat(robot.lookup("#nav-subaccounts").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-save").tryQuery()).isEmpty();

        robot.clickOn("#nav-start");
        assertThat(robot.lookup("#path-connect").tryQuery()).isPresent();
        assertThat(robot.lookup(".nav-item").queryAllAs(Node.class)).noneMatch(n ->
                n instanceof ToggleButton toggle && toggle.isSelected());
    }

    @Test
    void theThemeSwitchIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#toggle-theme");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(config.resolve("settings.json")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                new SettingsStore(config).load().settings().theme() == dev.connectorconsole.settings.Theme.DARK);
    }
}
