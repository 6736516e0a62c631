package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.engine.ContainerStatsStream;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.container.TestEngine;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.Sparkline;
import dev.connectorconsole.ui.health.ContainerFigures;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Health screen beside a running container on the real engine: the container's CPU, memory and network from the
 * engine's stats stream appear next to the connector's own figures, the charts fill, and leaving the screen closes the
 * stream and its thread; a connector without a container here says so.
 */
@ExtendWith(ApplicationExtension.class)
class HealthContainerFiguresUiTest {
    private static final String NAME = "cc-test-stats-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String TAG = NAME + ":1";
    private static TestEngine engine;
    private static SandboxServer sandbox;
    private static ConnectorSession session;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private Stage stage;

    @BeforeAll
    static void runAContainer() throws Exception {
        engine = new TestEngine();
        DockerClient docker = engine.connection().client();
        Path context = Files.createTempDirectory("cc-stats");
        Files.copy(Path.of("/usr/bin/busybox"), context.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n"
                + "CMD [\"/bin/busybox\",\"sh\",\"-c\",\"while true; do /bin/busybox seq 1 3000 > /dev/null;"
                + " /bin/busybox sleep 0.2; done\"]\n");
        docker.buildImageCmd(context.toFile()).withTags(Set.of(TAG)).withForcerm(true).withLabels(TestEngine.TEST_LABEL)
                .start().awaitImageId(120, TimeUnit.SECONDS);
        docker.createContainerCmd(TAG).withName(NAME).withLabels(TestEngine.TEST_LABEL).exec();
        docker.startContainerCmd(NAME).exec();
        sandbox = SandboxConnector.start(Files.createTempDirectory("cc-ui-stats"));
        session = SandboxConnector.signedIn(sandbox);
    }

    @AfterAll
    static void removeIt() {
        session.close();
        sandbox.close();
        engine.removeContainerAndVolumes(NAME, List.of());
        engine.removeImage(TAG);
        engine.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theContainersFiguresStreamWhileShownAndTheStreamClosesWhenLeft(FxRobot robot) throws Exception {
        ContainerStats stats = (container, samples, failed) ->
                ContainerStatsStream.follow(engine.connection().client(), container, samples, failed);
        ContainerFigures figures = new ContainerFigures(stats, () -> Optional.of(NAME), tasks);
        long before = streamThreads();
        HealthScreen screen = show(figures);

        UiWait.until("the container's memory shown", () -> text(robot, "#health-container-memory").startsWith("Container "));
        assertThat(text(robot, "#health-container-cpu")).matches("Container \\d+\\.\\d %");
        assertThat(text(robot, "#health-container-network")).startsWith("Received ").contains(" · sent ");
        assertThat(text(robot, "#health-memory")).as("the connector's own figures beside them").startsWith("Heap ");
        UiWait.until("a trend of a few readings", () -> line(robot, "#health-cpu-chart").getPoints().size() >= 6);
        assertThat(figures.following()).isTrue();
        assertThat(streamThreads()).as("a thread reads the stream").isGreaterThan(before);
        UiWait.shot(stage, "72-health-container-figures");

        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        assertThat(figures.following()).isFalse();
        UiWait.until("the stream's thread gone", () -> streamThreads() <= before);
        int shown = line(robot, "#health-cpu-chart").getPoints().size();
        Thread.sleep(2500);
        assertThat(line(robot, "#health-cpu-chart").getPoints()).as("no readings once left").hasSize(shown);
    }

    @Test
    void aConnectorWithoutAContainerHereSaysSo(FxRobot robot) throws Exception {
        ContainerStats never = (container, samples, failed) -> {
            throw new AssertionError("no container to follow");
        };
        show(new ContainerFigures(never, Optional::empty, tasks));
        assertThat(text(robot, "#health-container-cpu")).isEqualTo("Not on this machine's engine");
    }

    private HealthScreen show(ContainerFigures figures) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            HealthScreen screen = new HealthScreen(new HealthViewModel(new ConnectorCalls(session, tasks),
                    Clock.systemDefaultZone(), () -> 2), figures);
            stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
            stage.show();
            screen.activate();
            return screen;
        }).get(10, TimeUnit.SECONDS);
    }

    /** The threads docker-java reads streams on (the stats stream is the only one this test opens). */
    private static long streamThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("docker-java-stream")).count();
    }

    private static Polyline line(FxRobot robot, String chart) {
        return (Polyline) robot.lookup(chart).queryAs(Sparkline.class).getChildrenUnmodifiable().get(0);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
