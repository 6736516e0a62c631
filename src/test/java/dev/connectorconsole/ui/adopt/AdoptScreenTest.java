package dev.connectorconsole.ui.adopt;

import dev.connectorconsole.app.EngineAdoptServices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/** A container made by hand with docker build and docker run shows up, is adopted with a click, stopped and started. */
@ExtendWith(ApplicationExtension.class)
class AdoptScreenTest {
    private static EngineConnection engine;
    private static String image;
    private static String container;
    private static Path context;
    private static int port;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-adopt", 2);
    private final AtomicReference<ConnectorProfile> adopted = new AtomicReference<>();
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private AdoptScreen screen;

    @BeforeAll
    static void makeAConnectorByHand() throws Exception {
        engine = EngineTestSupport.connect();
        String name = EngineTestSupport.uniqueName("adoptui");
        image = name + "-scc:1";
        container = name + "-myscc";
        context = Files.createTempDirectory("cc-adopt-ui");
        try {
            HandMadeConnector.buildImage(context, image);
            port = PortCheck.nextFree(29443);
            HandMadeConnector.run(container, image, port);
        } catch (Exception | AssertionError e) {
            removeWhatTheTestMade();
            throw e;
        }
    }

    @AfterAll
    static void removeWhatTheTestMade() throws Exception {
        HandMadeConnector.removeAll(container, image);
        if (context != null) {
            try (var files = Files.list(context)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.deleteIfExists(context);
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        AdoptViewModel model = new AdoptViewModel(new EngineAdoptServices(() -> engine), tasks, new Notifier() {
            @Override public void info(String title, String text) { notes.add(title); }
            @Override public void success(String title, String text) { notes.add(title); }
            @Override public void failure(String title, String text) { notes.add(title); }
        }, adopted::set, () -> adopted.get() == null ? "scc" : adopted.get().container(),
                new ConnectorSession(new PinnedClientFactory(), tasks, null, pin -> { }));
        screen = new AdoptScreen(model, () -> notes.add("open container screen"));
        Scene scene = new Scene((Parent) screen.view(), 1180, 720);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stopTasks() {
        tasks.closeGracefully(Duration.ofSeconds(5));
    }

    @Test
    void theHandMadeContainerIsAdoptedWithAClickThenStoppedAndStartedWithItsConfigurationAtRisk(FxRobot robot)
            throws Exception {
        TableView<ConnectorCandidate> table = robot.lookup("#adopt-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(c -> c.name().equals(container)));
        ConnectorCandidate row = table.getItems().stream().filter(c -> c.name().equals(container)).findFirst()
                .orElseThrow();
        assertThat(row.hostPort()).isEqualTo(port);
        assertThat(row.managedByApp()).isFalse();
        assertThat(table.getItems()).anyMatch(c -> c.kind() == ConnectorCandidate.Kind.IMAGE && c.name().equals(image));
        assertThat(robot.lookup("#adopted-panel").query().isVisible()).isFalse();

        robot.interact(() -> table.scrollTo(row));
        robot.clickOn("#adopt-" + container);

        assertThat(adopted.get().container()).isEqualTo(container);
        assertThat(adopted.get().adminUrl()).isEqualTo("https://localhost:" + port);
        assertThat(notes).contains("Container adopted");
        assertThat(robot.lookup("#adopted-panel").query().isVisible()).isTrue();
        Label warning = robot.lookup("#adopted-storage-warning .label").nth(1).queryAs(Label.class);
        assertThat(robot.lookup("#adopted-storage-warning").query().isVisible()).isTrue();
        assertThat(warning.getText()).contains("inside the container itself, not in a volume")
                .contains("Make a backup");
        Button backup = robot.lookup("#adopted-backup").queryButton();
        assertThat(backup.isDisabled()).as("a running connector with a published port can be backed up").isFalse();
        assertThat(new ContainerManager(engine).inspect(container)).get()
                .extracting(s -> s.state()).as("adopting changes nothing").isEqualTo("running");

        robot.clickOn("#adopted-stop");
        Label heading = robot.lookup("#adopted-heading").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> heading.getText().endsWith("(exited)"));
        assertThat(new ContainerManager(engine).inspect(container)).get().extracting(s -> s.state())
                .isEqualTo("exited");
        assertThat(backup.isDisabled()).isTrue();

        robot.clickOn("#adopted-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> heading.getText().endsWith("(running)"));
        assertThat(new ContainerManager(engine).inspect(container)).get().extracting(s -> s.hostPort())
                .isEqualTo(port);
    }
}
