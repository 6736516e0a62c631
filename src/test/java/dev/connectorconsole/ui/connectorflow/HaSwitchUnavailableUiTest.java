package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineShadowContainers;
import dev.connectorconsole.e2e.SandboxImages;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.ha.HaScreen;
import dev.connectorconsole.ui.ha.HaViewModel;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pair whose roles cannot be switched, in a real window: the master runs on an engine the console takes for another
 * machine's (a TLS front on the Docker bridge gateway address in front of this machine's engine), its shadow is made
 * on this computer's engine with the admin port on 127.0.0.1 only. The shadow reaches the master's published port and
 * the pair works, but the master could never dial the shadow back after a switch: Switch roles stays off and the note
 * beside it says why and what to choose in Settings.
 */
@ExtendWith(ApplicationExtension.class)
class HaSwitchUnavailableUiTest {
    private static final String HERE = "this-machine";
    private static final String REMOTE = "build-host";

    private static EngineConnection engine;
    private static ContainerManager containers;
    private static TlsEngineFront front;
    private static String master;
    private static String tag;
    private static String gateway;
    private static int port;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private EngineAccess engineAccess;
    private ConnectorSession session;
    private HaViewModel model;
    private HaScreen screen;

    @BeforeAll
    static void masterOnTheRemoteLookingEngine() throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        master = EngineTestSupport.uniqueName("ha-ui-noswitch");
        tag = master + ":ui";
        Path work = Files.createTempDirectory("cc-test-ha-noswitch-ui");
        SandboxImages.build(engine, tag, work);
        gateway = new ContainerNetworks(engine).bridgeGateway().orElseThrow();
        front = TlsEngineFront.startOn(work.resolve("certs"), gateway);
        port = PortCheck.nextFree(gateway, 20143);
        try (EngineConnection remote = EngineConnection.open(front.endpoint())) {
            new ContainerManager(remote).run(ContainerSpec.connectorDefaults(master, tag, port).withLabels(TestImages.LABELS));
        }
        assertThat(containers.adminPortAddresses(master)).as("published on the 'remote' engine's address")
                .containsExactly(gateway);
        SandboxImages.assertReady(gateway, port);
    }

    @AfterAll
    static void removeEverything() throws Exception {
        try {
            for (String container : List.of(master + "-shadow", master)) {
                if (containers.inspect(container).isPresent()) {
                    containers.remove(container, true);
                }
            }
            TestImages.removeImage(engine, tag);
            front.close();
        } finally {
            engine.close();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        session = SandboxConnector.signedIn("https://" + gateway + ":" + port);
        EngineSettings remote = front.named(REMOTE).engine();
        engineAccess = new EngineAccess(new AppEnvironment(System.getenv(), Files.createTempDirectory("cc-test-ha-config"),
                Files.createTempDirectory("cc-test-ha-docker")), () -> remote);
        EngineShadowContainers shadows = new EngineShadowContainers(engineAccess,
                name -> HERE.equals(name) ? EngineSettings.automatic() : null, () -> PublishAddress.LOOPBACK,
                () -> List.of(HERE));
        ShadowSource source = new ShadowSource(shadows, () -> Optional.of(master),
                CompletableFuture.<SecretStore>completedFuture(new InMemorySecretStore("kept in memory for this test")),
                profile -> { });
        model = new HaViewModel(new ConnectorCalls(session, tasks), tasks, null, source);
        screen = new HaScreen(model);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 900));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        screen.deactivate();
        model.close();
        tasks.close();
        session.close();
        engineAccess.close();
    }

    @Test
    void aPairWithNoWayBackWorksButSwitchRolesStaysOffWithTheReasonBesideIt(FxRobot robot) throws Exception {
        UiWait.until("this connector read", () -> text(robot, "#ha-this-instance").startsWith("Master · ALONE"));
        choose(robot, "#ha-shadow-engine", HERE);
        UiWait.until("the note for this computer's engine", () -> text(robot, "#ha-engine-note")
                .contains("The shadow reaches " + master + " at " + gateway + ":" + port));

        set(robot, "#ha-check-interval", "1");
        set(robot, "#ha-takeover-delay", "2");
        set(robot, "#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-make");
        waitLong("paired", () -> text(robot, "#ha-make-progress").endsWith("it is listed with the connectors.")
                || !text(robot, "#ha-error").isEmpty());
        assertThat(text(robot, "#ha-error")).isEmpty();
        UiWait.until("the shadow shown", () -> text(robot, "#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(text(robot, "#ha-this-instance")).startsWith("Master · CONNECTED");

        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isTrue();
        Label note = robot.lookup("#ha-switch-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        System.out.println("Beside Switch roles: " + note.getText());
        assertThat(note.getText()).startsWith("Roles cannot be switched for this pair")
                .contains(master).contains("published on 127.0.0.1 on engine '" + HERE + "'")
                .contains("Other machines too");
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof Labeled l && label.equals(l.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        UiWait.until(label + " chosen", () -> label.equals(robot.lookup(combo).queryAs(ComboBox.class).getValue()));
    }

    private static void waitLong(String what, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                UiWait.until(what, condition);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
            }
        }
    }

    private static void set(FxRobot robot, String query, String value) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(value));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
