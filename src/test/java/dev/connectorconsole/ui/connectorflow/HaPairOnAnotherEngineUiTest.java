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
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.ha.HaScreen;
import dev.connectorconsole.ui.ha.HaViewModel;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.shell.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * "Make a high-availability pair" with the shadow on a second engine from Settings (a TLS front requiring a client
 * certificate in front of this machine's engine), in a real window: the engine combo offers it, the note says the
 * shadow dials host.docker.internal and the master is recreated to publish on the bridge gateway too, before anything
 * changes; then the pair is made, the shadow is listed on that engine, the roles switch and switch back, and the
 * shadow takes over when the master stops.
 */
@ExtendWith(ApplicationExtension.class)
class HaPairOnAnotherEngineUiTest {
    private static final String SECOND = "second-engine";

    private static EngineConnection engine;
    private static ContainerManager containers;
    private static TlsEngineFront front;
    private static String master;
    private static String tag;
    private static String gateway;
    private static int port;
    private static String url;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final List<ConnectorProfile> added = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private EngineAccess engineAccess;
    private ConnectorSession session;
    private HaViewModel model;
    private HaScreen screen;

    @BeforeAll
    static void masterContainerAndSecondEngine() throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        master = EngineTestSupport.uniqueName("ha-ui-across");
        tag = master + ":ui";
        Path work = Files.createTempDirectory("cc-test-ha-across-ui");
        SandboxImages.build(engine, tag, work);
        port = PortCheck.nextFree(PublishAddress.LOOPBACK, 20043);
        containers.run(ContainerSpec.connectorDefaults(master, tag, port).withLabels(TestImages.LABELS));
        String host = PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
        SandboxImages.assertReady(host, port);
        url = "https://" + host + ":" + port;
        gateway = new ContainerNetworks(engine).bridgeGateway().orElseThrow();
        front = TlsEngineFront.start(work.resolve("certs"));
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
        session = SandboxConnector.signedIn(url);
        engineAccess = new EngineAccess(new AppEnvironment(System.getenv(), Files.createTempDirectory("cc-test-ha-config"),
                Files.createTempDirectory("cc-test-ha-docker")), EngineSettings::automatic);
        NamedEngine second = front.named(SECOND);
        EngineShadowContainers shadows = new EngineShadowContainers(engineAccess,
                name -> SECOND.equals(name) ? second.engine() : null, () -> PublishAddress.LOOPBACK, () -> List.of(SECOND));
        ShadowSource source = new ShadowSource(shadows, () -> Optional.of(master),
                CompletableFuture.<SecretStore>completedFuture(new InMemorySecretStore("kept in memory for this test")), added::add);
        Notifier notifier = new Notifier() {
            @Override public void info(String title, String text) { notes.add(title + ": " + text); }
            @Override public void success(String title, String text) { notes.add(title + ": " + text); }
            @Override public void failure(String title, String text) { notes.add(title + ": " + text); }
        };
        model = new HaViewModel(new ConnectorCalls(session, tasks), tasks, notifier, source);
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
    void theShadowIsMadeOnTheChosenEngineAfterTheNoteSaysHowItReachesTheMaster(FxRobot robot) throws Exception {
        UiWait.until("this connector read", () -> text(robot, "#ha-this-instance").startsWith("Master · ALONE"));
        ComboBox<?> engines = robot.lookup("#ha-shadow-engine").queryAs(ComboBox.class);
        assertThat(engines.getItems()).extracting(Object::toString).containsExactly("This connector's engine", SECOND);
        assertThat(text(robot, "#ha-engine-note")).contains("network " + master + "-ha");

        choose(robot, "#ha-shadow-engine", SECOND);
        UiWait.until("the note for the second engine", () -> text(robot, "#ha-engine-note")
                .contains("host.docker.internal:" + port));
        String note = text(robot, "#ha-engine-note");
        System.out.println("Note shown: " + note);
        assertThat(note).contains("engine '" + SECOND + "'").contains("published on 127.0.0.1 only")
                .contains("recreated to publish it also on " + gateway).contains("keeps its volumes, options and configuration");
        assertThat(containers.adminPortAddresses(master)).as("nothing changed yet").containsExactly("127.0.0.1");

        set(robot, "#ha-check-interval", "1");
        set(robot, "#ha-takeover-delay", "2");
        set(robot, "#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-make");
        // the maker's own last step also starts with "Paired:"; the screen's sentence comes once the pair is shown
        waitLong("paired", () -> text(robot, "#ha-make-progress").endsWith("it is listed with the connectors."));
        assertThat(text(robot, "#ha-make-progress")).contains("on engine '" + SECOND + "'");
        assertThat(text(robot, "#ha-error")).isEmpty();
        UiWait.until("the shadow shown", () -> text(robot, "#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(text(robot, "#ha-this-instance")).startsWith("Master · CONNECTED");
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.container()).isEqualTo(master + "-shadow");
            assertThat(p.engine()).isEqualTo(SECOND);
        });
        assertThat(containers.adminPortAddresses(master)).containsExactly("127.0.0.1", gateway);
        assertThat(front.connections()).as("made through the second engine").isPositive();

        assertThat(robot.lookup("#ha-switch").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#ha-switch-note").queryAs(Label.class).isVisible()).isFalse();
        long asked = System.nanoTime();
        robot.clickOn("#ha-switch");
        UiWait.until("the roles switched", () -> text(robot, "#ha-other-instance").startsWith("Master · CONNECTED")
                && text(robot, "#ha-this-instance").startsWith("Shadow · READY"));
        System.out.printf("Switch across engines shown on the screen %d ms after the click (check interval 1 s)%n",
                (System.nanoTime() - asked) / 1_000_000);
        UiWait.until("switching back offered", () -> !robot.lookup("#ha-switch").queryButton().isDisabled());
        robot.clickOn("#ha-switch");
        UiWait.until("the roles back", () -> text(robot, "#ha-this-instance").startsWith("Master · CONNECTED")
                && text(robot, "#ha-other-instance").startsWith("Shadow · READY"));
        assertThat(notes).as("a switch asked for is no takeover").noneMatch(n -> n.startsWith("Shadow took over"));

        long stopIssued = System.nanoTime();
        containers.stop(master);
        waitLong("the takeover shown", () -> text(robot, "#ha-other-instance").startsWith("Master")
                && text(robot, "#ha-this-instance").equals("Not answering"));
        System.out.printf("Takeover shown on the screen %d ms after the master's stop was issued (delay 2 s, check 1 s,"
                + " screen read every %d s)%n", (System.nanoTime() - stopIssued) / 1_000_000, 2);
        UiWait.until("the takeover told", () -> notes.contains("Shadow took over: " + master + "-shadow is master now"));
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
