package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A connector whose certificate differs from the pinned one is refused, shown old and new, and only re-trusted on request. */
@ExtendWith(ApplicationExtension.class)
class ChangedCertificateUiTest {
    private static final String OLD_PIN =
            "5E:0A:91:33:C4:7B:2F:18:D6:E2:4A:90:0C:B7:65:F1:3D:88:A2:17:C9:4E:06:BB:72:D1:5A:E3:9F:20:64:CC";

    private static Path dataDir;
    private static SandboxServer sandbox;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final List<String> pinned = new CopyOnWriteArrayList<>();
    private ConnectorSession session;
    private Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-sandbox");
        sandbox = SandboxConnector.start(dataDir);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, OLD_PIN, pinned::add);
        ScreenHost host = new ScreenHost(false);
        host.add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null)));
        host.show("signin");
        host.showIn(stage, 1000, 720);
    }

    @AfterEach
    void stop() {
        session.close();
        tasks.close();
    }

    @Test
    void refusedUntilTheUserExplicitlyTrustsTheNewCertificate(FxRobot robot) throws Exception {
        robot.clickOn("#password").write("manage");
        robot.clickOn("#sign-in");
        UiWait.until("certificate changed", () -> robot.lookup("#new-fingerprint").tryQuery().isPresent());
        assertThat(robot.lookup("#step-title").queryAs(Label.class).getText()).contains("has changed");
        assertThat(robot.lookup("#old-fingerprint").queryAs(Label.class).getText().replace("\n", ""))
                .isEqualTo(OLD_PIN);
        assertThat(robot.lookup("#new-fingerprint").queryAs(Label.class).getText().replace("\n", ""))
                .isEqualTo(sandbox.certificateSha256());
        assertThat(session.client()).as("no client, nothing sent with credentials").isEmpty();
        UiWait.shot(stage, "08-signin-certificate-changed");

        robot.clickOn("#reject-certificate");
        UiWait.until("signed out", () -> session.state() == SessionState.SIGNED_OUT);
        assertThat(pinned).isEmpty();
        assertThat(robot.lookup("#sign-in-error").queryAs(Label.class).getText()).contains("not trusted");

        robot.clickOn("#password").write("manage");
        robot.clickOn("#sign-in");
        UiWait.until("certificate changed again", () -> robot.lookup("#trust-certificate").tryQuery().isPresent());
        robot.clickOn("#trust-certificate");
        UiWait.until("password step", () -> session.state() == SessionState.PASSWORD_CHANGE_REQUIRED);
        assertThat(pinned).containsExactly(sandbox.certificateSha256());
    }
}
