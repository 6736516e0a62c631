package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsScreen;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import java.nio.file.Files;
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
 * On a shadow instance the connector refuses proxy changes (403): the form shows the connector's message in its
 * status line, keeps what was typed, and the password typed appears nowhere on screen.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorSettingsOnShadowUiTest {
    private static final String SECRET = "Shadow-Proxy-Secret-1";
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private SandboxServer sandbox;
    private ConnectorSession session;

    @Start
    void start(Stage stage) throws Exception {
        sandbox = SandboxConnector.start(Files.createTempDirectory("cc-ui-connector-settings-shadow"));
        try (SccClient first = new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()))) {
            first.changeInitialPassword(new Secret("manage"), new Secret(SandboxConnector.NEW_PASSWORD));
            first.setHaRole("shadow");
        }
        session = new ConnectorSession(new PinnedClientFactory(), BackgroundTasks.sameThread(), null, pin -> { });
        session.signIn(SandboxConnector.url(sandbox), "Administrator", new Secret(SandboxConnector.NEW_PASSWORD));
        session.trustPresentedCertificate();
        assertThat(session.state()).isEqualTo(SessionState.SIGNED_IN);
        ConnectorSettingsScreen screen = new ConnectorSettingsScreen(new ConnectorSettingsViewModel(new ConnectorCalls(session, tasks)));
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        tasks.close();
        session.close();
        sandbox.close();
    }

    @Test
    void aRefusedProxyKeepsTheValuesAndShowsTheConnectorsMessage(FxRobot robot) {
        UiWait.until("the settings read", () -> robot.lookup("#connector-settings-busy").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#proxy-host").write("proxy.corp");
        robot.clickOn("#proxy-port").write("3128");
        robot.clickOn("#proxy-user").write("scc");
        robot.clickOn("#proxy-password").write(SECRET);
        robot.clickOn("#save-proxy");
        UiWait.until("the connector's answer", () -> !text(robot).isEmpty());
        assertThat(text(robot)).contains("operation is not allowed on a shadow instance").doesNotContain(SECRET);
        assertThat(robot.lookup("#proxy-host").queryAs(TextInputControl.class).getText()).isEqualTo("proxy.corp");
        assertThat(robot.lookup("#proxy-port").queryAs(TextInputControl.class).getText()).isEqualTo("3128");
        assertThat(robot.lookup("#proxy-password").queryAs(TextInputControl.class).getText()).as("kept for another try")
                .isEqualTo(SECRET);
        assertThat(robot.lookup(node -> node instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains(SECRET)).tryQuery()).as("the password is on no label").isEmpty();
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#proxy-message").queryAs(Label.class).getText();
    }
}
