package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineReachabilityChecks;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.access.InternalHostCheck;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Check host" (from the connector's network) in a real window, on the real engine: the sandbox connector runs as a container on a
 * network with a small web server that is published nowhere, so only the connector's network reaches it. Signed in
 * to that container over HTTPS, the user checks the server (reachable, with its HTTP status) and a port where nothing
 * listens (refused), before the system is even saved.
 */
@ExtendWith(ApplicationExtension.class)
class InternalHostCheckUiTest {
    private static EngineConnection engine;
    private static String sandboxImage;
    private static String busyboxImage;
    private static String network;
    private static String connector;
    private static String backend;
    private static int adminPort;
    private static String sha256;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private EngineAccess engineAccess;
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void startConnectorContainerAndBackend() throws Exception {
        engine = EngineTestSupport.connect();
        sandboxImage = "cc-test-check-sandbox:" + EngineTestSupport.uniqueName("img");
        HandMadeSandboxConnector.buildImage(engine, sandboxImage);
        busyboxImage = TestImages.sharedBusybox(engine);
        network = EngineTestSupport.uniqueName("net");
        backend = EngineTestSupport.uniqueName("backend");
        connector = EngineTestSupport.uniqueName("connector");
        adminPort = PortCheck.nextFree(20000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(30000));
        HandMadeSandboxConnector.docker("network", "create", "--label", EngineTestSupport.TEST_LABEL + "=true", network);
        HandMadeSandboxConnector.docker("run", "-d", "--name", backend, "--network", network, "--label",
                EngineTestSupport.TEST_LABEL + "=true", busyboxImage);
        HandMadeSandboxConnector.docker("run", "-d", "--name", connector, "--network", network, "-p",
                "127.0.0.1:" + adminPort + ":8443", "--label", EngineTestSupport.TEST_LABEL + "=true", sandboxImage);
        HandMadeSandboxConnector.awaitReady(adminPort);
        sha256 = HandMadeSandboxConnector.configure(adminPort);
    }

    @AfterAll
    static void removeEverything() {
        HandMadeSandboxConnector.dockerQuietly("rm", "-f", "-v", connector, backend);
        HandMadeSandboxConnector.dockerQuietly("network", "rm", network);
        TestImages.removeImage(engine, sandboxImage);
        TestImages.removeImage(engine, busyboxImage);
        engine.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        engineAccess = new EngineAccess(new AppEnvironment(System.getenv(), Files.createTempDirectory("cc-check-config"),
                Files.createTempDirectory("cc-check-docker")), EngineSettings::automatic);
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sha256, pin -> { });
        InternalHostCheck check = new InternalHostCheck(new EngineReachabilityChecks(engineAccess),
                () -> Optional.of(connector), tasks);
        host = new ScreenHost(false);
        host.add("access", new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session, tasks), check)));
        host.show("access");
        host.showIn(stage, 1280, 800);
        session.signIn("https://localhost:" + adminPort, "Administrator", HandMadeSandboxConnector.PASSWORD);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        session.close();
        tasks.close();
        engineAccess.close();
    }

    @Test
    void theInternalHostIsCheckedFromTheConnectorsNetwork(FxRobot robot) throws Exception {
        UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
        UiWait.until("the subaccount chosen", () -> robot.lookup("#access-subaccount").queryAs(ComboBox.class)
                .getValue() != null && !robot.lookup("#add-system").queryButton().isDisabled());
        choose(robot, "#protocol", "HTTP");
        type(robot, "#internal-host", backend);
        type(robot, "#internal-port", "8443");

        robot.clickOn("#check-internal-host");
        UiWait.until("the answer", () -> !text(robot, "#internal-host-check").isEmpty());
        assertThat(text(robot, "#internal-host-check")).startsWith("Reachable from " + connector + " in ")
                .contains("HTTP/1.");
        assertThat(robot.lookup("#internal-host-check").queryAs(Label.class).getStyleClass())
                .contains("form-message-success");
        UiWait.shot(stage, "42-access-control-host-reachable");

        type(robot, "#internal-port", "8444");
        assertThat(robot.lookup("#internal-host-check").queryAs(Label.class).isVisible())
                .as("a changed port forgets the old answer").isFalse();
        robot.clickOn("#check-internal-host");
        UiWait.until("the answer", () -> !text(robot, "#internal-host-check").isEmpty());
        assertThat(text(robot, "#internal-host-check"))
                .isEqualTo("Refused: nothing listens on " + backend + ":8444 as seen from " + connector + ".");
        assertThat(robot.lookup("#internal-host-check").queryAs(Label.class).getStyleClass())
                .contains("form-message-error");
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        javafx.scene.Node cell = robot.lookup(".list-cell")
                .match(n -> n instanceof Labeled l && label.equals(l.getText())).queryAs(javafx.scene.Node.class);
        robot.clickOn(cell);
        UiWait.until(label + " chosen", () -> label.equals(robot.lookup(combo).queryAs(ComboBox.class).getValue()));
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(input).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
        UiWait.until(field + " typed", () -> input.getText().equals(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled && n.isVisible())
                .map(n -> ((Labeled) n).getText()).orElse("");
    }
}
