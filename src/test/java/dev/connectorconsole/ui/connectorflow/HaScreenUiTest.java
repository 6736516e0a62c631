package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.ha.HaScreen;
import dev.connectorconsole.ui.ha.HaViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The High availability screen in a real window against two sandboxes over HTTPS: wrong input is named before
 * anything is sent, then the second sandbox becomes the shadow of the signed-in one, and the roles switch.
 */
@ExtendWith(ApplicationExtension.class)
class HaScreenUiTest {
    private static final String SHADOW_PASSWORD = "Shadow-Pass-5";
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private SandboxServer master;
    private SandboxServer second;
    private ConnectorSession session;
    private HaViewModel model;
    private HaScreen screen;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        master = SandboxConnector.start(Files.createTempDirectory("cc-ui-ha-master"));
        second = SandboxConnector.start(Files.createTempDirectory("cc-ui-ha-second"));
        session = SandboxConnector.signedIn(master);
        try (SccClient fresh = new SccClient(new ConnectorEndpoint("127.0.0.1", second.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(second.certificateSha256()))) {
            fresh.changeInitialPassword(new Secret("manage"), new Secret(SHADOW_PASSWORD));
        }
        model = new HaViewModel(new ConnectorCalls(session, tasks));
        screen = new HaScreen(model);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        model.close();
        tasks.close();
        session.close();
        second.close();
        master.close();
    }

    @Test
    void wrongInputIsNamedThenTheSecondConnectorBecomesTheShadowAndTheRolesSwitch(FxRobot robot) throws Exception {
        UiWait.until("this connector read", () -> text(robot, "#ha-this-instance").startsWith("Master · ALONE"));
        robot.clickOn("#ha-connect");
        assertThat(text(robot, "#ha-error")).contains("host:port");
        set(robot, "#ha-shadow-address", "127.0.0.1:" + second.port());
        set(robot, "#ha-shadow-fingerprint", "not a fingerprint");
        robot.clickOn("#ha-connect");
        assertThat(text(robot, "#ha-error")).contains("64 hexadecimal digits");
        set(robot, "#ha-shadow-fingerprint", second.certificateSha256());
        robot.clickOn("#ha-connect");
        assertThat(text(robot, "#ha-error")).contains("Administrator password");
        set(robot, "#ha-shadow-password", SHADOW_PASSWORD);
        set(robot, "#ha-master-password", "Wrong-Master-1");
        set(robot, "#ha-check-interval", "1");
        set(robot, "#ha-takeover-delay", "0");
        robot.clickOn("#ha-connect");
        assertThat(text(robot, "#ha-error")).contains("takeover delay");
        set(robot, "#ha-takeover-delay", "5");
        robot.clickOn("#ha-connect");
        UiWait.until("the master's refusal shown", () -> text(robot, "#ha-error").contains("Authentication at the master failed"));
        assertThat(text(robot, "#ha-error")).doesNotContain("Wrong-Master-1");
        assertThat(text(robot, "#ha-this-instance")).startsWith("Master · ALONE");
        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isTrue();

        set(robot, "#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-connect");
        UiWait.until("paired", () -> text(robot, "#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(text(robot, "#ha-this-instance")).isEqualTo("Master · CONNECTED · shadow 127.0.0.1");
        assertThat(text(robot, "#ha-error")).isEmpty();
        UiWait.shot(stage, "80-high-availability-paired");

        robot.clickOn("#ha-switch");
        UiWait.until("the roles switched", () -> {
            robot.interact(screen::refresh);
            return text(robot, "#ha-other-instance").startsWith("Master") && text(robot, "#ha-this-instance").startsWith("Shadow");
        });
    }

    private static void set(FxRobot robot, String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(value));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
