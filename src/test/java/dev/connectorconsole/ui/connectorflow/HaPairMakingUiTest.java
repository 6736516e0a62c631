package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.HaPairMaker;
import dev.connectorconsole.e2e.SandboxImages;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
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
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
 * "Make a high-availability pair" on the High availability screen in a real window, against a sandbox master container
 * on the real engine: without a password (none remembered) it says so; with it the shadow container is made step by
 * step, listed as a profile, shown READY; when the master container stops the screen shows the shadow as master and
 * a notification says it took over.
 */
@ExtendWith(ApplicationExtension.class)
class HaPairMakingUiTest {
    private static EngineConnection engine;
    private static ContainerManager containers;
    private static String master;
    private static String tag;
    private static String url;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final List<ConnectorProfile> added = new CopyOnWriteArrayList<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private ConnectorSession session;
    private HaViewModel model;
    private HaScreen screen;

    @BeforeAll
    static void masterContainer() throws Exception {
        engine = EngineTestSupport.connect();
        containers = new ContainerManager(engine);
        master = EngineTestSupport.uniqueName("ha-ui");
        tag = master + ":ui";
        SandboxImages.build(engine, tag, Files.createTempDirectory("cc-test-ha-ui"));
        int port = PortCheck.nextFree(PublishAddress.LOOPBACK, 19843);
        containers.run(ContainerSpec.connectorDefaults(master, tag, port).withLabels(TestImages.LABELS));
        String host = PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
        SandboxImages.assertReady(host, port);
        url = "https://" + host + ":" + port;
    }

    @AfterAll
    static void removeEverything() {
        try {
            for (String container : List.of(master + "-shadow", master)) {
                if (containers.inspect(container).isPresent()) {
                    containers.remove(container, true);
                }
            }
            new ContainerNetworks(engine).remove(master + "-ha");
            TestImages.removeImage(engine, tag);
        } finally {
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        session = SandboxConnector.signedIn(url);
        ContainerNetworks networks = new ContainerNetworks(engine);
        String host = PublishAddress.reachAt(PublishAddress.LOOPBACK, engine.endpoint());
        ShadowSource source = new ShadowSource((request, client, progress) -> new HaPairMaker(containers, networks,
                host, Duration.ofSeconds(90)).make(request, client, progress), () -> Optional.of(master),
                CompletableFuture.<SecretStore>completedFuture(new InMemorySecretStore("kept in memory for this test")), added::add);
        Notifier notifier = new Notifier() {
            @Override public void info(String title, String text) { notes.add(title + ": " + text); }
            @Override public void success(String title, String text) { notes.add(title + ": " + text); }
            @Override public void failure(String title, String text) { notes.add(title + ": " + text); }
        };
        model = new HaViewModel(new ConnectorCalls(session, tasks), tasks, notifier, source);
        screen = new HaScreen(model);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() {
        screen.deactivate();
        model.close();
        tasks.close();
        session.close();
    }

    @Test
    void theConsoleMakesTheShadowContainerAndTellsWhenItTakesOver(FxRobot robot) {
        UiWait.until("this connector read", () -> text(robot, "#ha-this-instance").startsWith("Master · ALONE"));
        set(robot, "#ha-check-interval", "1");
        set(robot, "#ha-takeover-delay", "2");
        robot.clickOn("#ha-make");
        UiWait.until("no password named", () -> text(robot, "#ha-error").contains("Type this connector's password"));
        assertThat(containers.inspect(master + "-shadow")).isEmpty();

        set(robot, "#ha-master-password", SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#ha-make");
        UiWait.until("a step shown", () -> !text(robot, "#ha-make-progress").isEmpty());
        assertThat(robot.lookup("#ha-make").queryButton().isDisabled()).isTrue();
        // the maker's own last step also starts with "Paired:"; the screen's sentence comes once the pair is shown
        waitLong("paired", () -> text(robot, "#ha-make-progress").endsWith("it is listed with the connectors."));
        assertThat(text(robot, "#ha-other-instance")).startsWith("Shadow · READY");
        assertThat(text(robot, "#ha-this-instance")).startsWith("Master · CONNECTED · shadow " + master + "-shadow");
        assertThat(text(robot, "#ha-error")).isEmpty();
        assertThat(added).singleElement().satisfies(p -> {
            assertThat(p.container()).isEqualTo(master + "-shadow");
            assertThat(p.pinnedSha256()).isNotBlank();
        });

        containers.stop(master);
        waitLong("the takeover shown", () -> text(robot, "#ha-other-instance").startsWith("Master")
                && text(robot, "#ha-this-instance").equals("Not answering"));
        UiWait.until("the takeover told", () -> notes.contains("Shadow took over: " + master + "-shadow is master now"));
        assertThat(notes).hasSize(1);
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
