package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.app.ContainerTrends;
import dev.connectorconsole.app.LastKnownStates;
import dev.connectorconsole.engine.ContainerStatsStream;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.container.TestEngine;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.Sparkline;
import dev.connectorconsole.ui.health.ContainerFigures;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.ShownConnector;
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
 * stream and its thread; a connector without a container here says so; after a switch to another connector and back
 * the first one's charts are there at once, and new readings join them after a break in the line.
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
        ContainerFigures figures = new ContainerFigures(statsOfTheEngine(), () -> Optional.of(NAME), tasks);
        long before = streamThreads();
        HealthScreen screen = show(figures);

        UiWait.until("the container's memory shown", () -> text(robot, "#health-container-memory").startsWith("Container "));
        assertThat(text(robot, "#health-container-cpu")).matches("Container \\d+\\.\\d %");
        assertThat(text(robot, "#health-container-network")).startsWith("Received ").contains(" · sent ");
        assertThat(text(robot, "#health-memory")).as("the connector's own figures beside them").startsWith("Heap ");
        UiWait.until("a trend of a few readings", () -> points(robot, "#health-cpu-chart").size() >= 6);
        assertThat(figures.following()).isTrue();
        assertThat(streamThreads()).as("a thread reads the stream").isGreaterThan(before);
        UiWait.shot(stage, "72-health-container-figures");

        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        assertThat(figures.following()).isFalse();
        UiWait.until("the stream's thread gone", () -> streamThreads() <= before);
        int shown = points(robot, "#health-cpu-chart").size();
        Thread.sleep(2500);
        assertThat(points(robot, "#health-cpu-chart")).as("no readings once left").hasSize(shown);
    }

    @Test
    void aConnectorWithoutAContainerHereSaysSo(FxRobot robot) throws Exception {
        ContainerStats never = (container, samples, failed) -> {
            throw new AssertionError("no container to follow");
        };
        show(new ContainerFigures(never, Optional::empty, tasks));
        assertThat(text(robot, "#health-container-cpu")).isEqualTo("Not on this machine's engine");
    }

    @Test
    void eachConnectorsChartsComeBackAtOnceAfterASwitchAndGoOnAfterAGap(FxRobot robot) throws Exception {
        String url = "https://localhost:" + sandbox.port();
        ConnectorProfile alpha = new ConnectorProfile("Alpha", TAG, NAME, sandbox.port(), url, null, "Administrator");
        ConnectorProfile beta = new ConnectorProfile("Beta", null, null, sandbox.port(), url, null, "Administrator");
        ShownConnector shown = new ShownConnector(new LastKnownStates(), Clock.systemDefaultZone(), alpha);
        // as the app finds the shown connector's container: none for a connector elsewhere
        ContainerFigures figures = new ContainerFigures(statsOfTheEngine(), () -> {
            ConnectorProfile profile = shown.profileProperty().get();
            return profile.isRemote() ? Optional.empty() : Optional.of(profile.container());
        }, tasks, shown, new ContainerTrends());
        show(figures, new HealthViewModel(new ConnectorCalls(session, tasks), Clock.systemDefaultZone(), () -> 2, shown));
        UiWait.until("Alpha's trend of a few readings", () -> points(robot, "#health-cpu-chart").size() >= 12);

        List<List<Double>> alphaBefore = new java.util.ArrayList<>();
        List<List<Double>> onBeta = onFx(() -> {
            alphaBefore.addAll(List.of(laidOut(robot, "#health-cpu-chart"), laidOut(robot, "#health-memory-chart")));
            shown.show(beta);
            return List.of(laidOut(robot, "#health-cpu-chart"), laidOut(robot, "#health-memory-chart"));
        });
        assertThat(onBeta.get(0)).as("Beta's CPU chart, right after the switch").isEmpty();
        assertThat(onBeta.get(1)).as("Beta's memory chart").isEmpty();
        assertThat(text(robot, "#health-container-cpu")).isEqualTo("Not on this machine's engine");
        assertThat(text(robot, "#health-container-memory")).as("nothing of Alpha's container").doesNotStartWith("Container");
        Thread.sleep(2500);
        assertThat(points(robot, "#health-cpu-chart")).as("Beta's chart stays empty").isEmpty();

        List<Object> alphaAgain = onFx(() -> {
            shown.show(alpha);
            return List.of(laidOut(robot, "#health-cpu-chart"), laidOut(robot, "#health-memory-chart"),
                    text(robot, "#health-container-cpu"), text(robot, "#health-container-memory"));
        });
        assertThat(alphaAgain.subList(0, 2)).as("Alpha's earlier readings at once, before any new one")
                .isEqualTo(alphaBefore);
        assertThat((String) alphaAgain.get(2)).as("Alpha's last figures, marked as such")
                .matches("Container \\d+\\.\\d % · As of \\d\\d:\\d\\d:\\d\\d, refreshing…");
        assertThat((String) alphaAgain.get(3)).startsWith("Container ");
        UiWait.until("new readings after a break in the line", () -> runs(robot, "#health-cpu-chart") == 2);
        List<List<Double>> runs = onFx(() -> lines(robot, "#health-cpu-chart").stream()
                .map(line -> List.copyOf(line.getPoints())).toList());
        List<Double> before = runs.get(0);
        double lastBeforeGap = before.get(before.size() - 2);
        double firstAfterGap = runs.get(1).get(0);
        double widestStep = 0;
        for (int i = 2; i < before.size(); i += 2) {
            widestStep = Math.max(widestStep, before.get(i) - before.get(i - 2));
        }
        assertThat(firstAfterGap - lastBeforeGap).as("the time on Beta shows as a gap on the time axis")
                .isGreaterThan(widestStep);
        UiWait.shot(stage, "72-health-charts-after-switch");
    }

    private static ContainerStats statsOfTheEngine() {
        return (container, samples, failed) ->
                ContainerStatsStream.follow(engine.connection().client(), container, samples, failed);
    }

    private HealthScreen show(ContainerFigures figures) throws Exception {
        return show(figures, new HealthViewModel(new ConnectorCalls(session, tasks), Clock.systemDefaultZone(), () -> 2));
    }

    private HealthScreen show(ContainerFigures figures, HealthViewModel model) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            HealthScreen screen = new HealthScreen(model, figures);
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

    /** The chart's lines: one, or one for each stretch of readings between gaps. */
    private static List<Polyline> lines(FxRobot robot, String chart) {
        return robot.lookup(chart).queryAs(Sparkline.class).getChildrenUnmodifiable().stream()
                .map(Polyline.class::cast).toList();
    }

    private static int runs(FxRobot robot, String chart) {
        return (int) lines(robot, chart).stream().filter(line -> !line.getPoints().isEmpty()).count();
    }

    /** The coordinates of all the chart's lines. */
    private static List<Double> points(FxRobot robot, String chart) {
        return lines(robot, chart).stream().flatMap(line -> line.getPoints().stream()).toList();
    }

    /** The chart's coordinates once laid out now, in this FX turn (no pulse, no reading in between). */
    private static List<Double> laidOut(FxRobot robot, String chart) {
        Sparkline sparkline = robot.lookup(chart).queryAs(Sparkline.class);
        sparkline.getScene().getRoot().layout();
        return points(robot, chart);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
