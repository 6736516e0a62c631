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
        HaPairScreenDriver ha = new HaPairScreenDriver(robot);
        ha.awaitThisConnectorAlone();
        robot.clickOn("#ha-connect");
        assertThat(ha.text("#ha-error")).contains("host:port");
        ha.set("#ha-shadow-address", "127.0.0.1:" + second.port());
        ha.set("#ha-shadow-fingerprint", "not a fingerprint");
        robot.clickOn("#ha-connect");
        assertThat(ha.text("#ha-error")).contains("64 hexadecimal digits");
        ha.set("#ha-shadow-fingerprint", second.certificateSha256());
        robot.clickOn("#ha-connect");
        assertThat(ha.text("#ha-error")).contains("Administrator password");
        ha.set("#ha-shadow-password", SHADOW_PASSWORD);
        ha.set("#ha-master-password", "Wrong-Master-1");
        ha.set("#ha-check-interval", "1");
        ha.set("#ha-takeover-delay", "0");
        robot.clickOn("#ha-connect");
        assertThat(ha.text("#ha-error")).contains("takeover delay");
        ha.set("#ha-takeover-delay", "5");
        robot.clickOn("#ha-connect");
        UiWait.until("the master's refusal shown", () -> ha.text("#ha-error").contains("Authentication at the master failed"));
        assertThat(ha.text("#ha-error")).doesNotContain("Wrong-Master-1");
        assertThat(ha.text("#ha-this-instance")).startsWith("Master · ALONE");
        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isTrue();

        ha.set("#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-connect");
        UiWait.until("paired", () -> ha.text("#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(ha.text("#ha-this-instance")).isEqualTo("Master · CONNECTED · shadow 127.0.0.1");
        assertThat(ha.text("#ha-error")).isEmpty();
        UiWait.shot(stage, "80-high-availability-paired");

        robot.clickOn("#ha-switch");
        UiWait.until("the roles switched", () -> {
            robot.interact(screen::refresh);
            return ha.text("#ha-other-instance").startsWith("Master") && ha.text("#ha-this-instance").startsWith("Shadow");
        });
    }
}
