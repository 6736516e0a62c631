package dev.connectorconsole.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.guide.ConnectorFacts;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.guide.GuideTarget;
import dev.connectorconsole.guide.SetupFactsReader;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.adopt.HandMadeConnector;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Theme;

/** The guide's steps turn done in a real window as the real engine and connector change. */
@ExtendWith(ApplicationExtension.class)
class GuideScreenTest {
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-guide", 2);
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private EngineConnection engine;
    private Path config;
    private Path context;
    private Path sandboxData;
    private SandboxServer sandbox;
    private volatile GuideTarget target;
    private volatile ConnectorFacts connector = ConnectorFacts.UNKNOWN;

    @Start
    void start(Stage stage) throws Exception {
        engine = EngineTestSupport.connect();
        config = Files.createTempDirectory("cc-guide-config");
        String name = EngineTestSupport.uniqueName("guide");
        target = new GuideTarget(name + "-scc:1", name + "-scc", PortCheck.nextFree(30443));
        SetupFactsReader reader = new SetupFactsReader(() -> engine, new ReadinessProbe(Duration.ofSeconds(1)));
        GuideViewModel model = new GuideViewModel((t, progress) -> reader.read(t, progress, connector),
                new GuideProgressStore(config), () -> target, tasks);
        GuideScreen screen = new GuideScreen(model, new GuideActions() {
            @Override public void openContainer() { opened.add("container"); }
            @Override public void openSignIn() { opened.add("sign-in"); }
            @Override public void openSubaccounts() { opened.add("subaccounts"); }
            @Override public void openAccessControl() { opened.add("access-control"); }
            @Override public void openDashboard() { opened.add("dashboard"); }
        });
        Scene scene = new Scene((Parent) screen.view(), 1000, 1000);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void cleanUp() throws Exception {
        tasks.closeGracefully(Duration.ofSeconds(5));
        if (sandbox != null) {
            sandbox.close();
        }
        HandMadeConnector.removeAll(null, target.image());
        for (Path dir : new Path[] {config, context, sandboxData}) {
            deleteTree(dir);
        }
        engine.close();
    }

    @Test
    void stepsTurnDoneAsTheImageIsBuiltAndTheConnectorAnswers(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !readingShown(robot));
        assertThat(state(robot, 1)).isEqualTo("Next");
        assertThat(state(robot, 3)).isEqualTo("To do");
        assertThat(state(robot, 4)).isEqualTo("To do");

        robot.clickOn("#guide-prerequisites");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Done".equals(state(robot, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(robot, 2)).isEqualTo("Next");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> Files.exists(config.resolve(GuideProgressStore.FILE_NAME)));

        context = Files.createTempDirectory("cc-guide-image");
        HandMadeConnector.buildImage(context, target.image());
        robot.clickOn("#guide-refresh");
        awaitDone(robot, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(robot, 2)).as("an image proves the files were there").isEqualTo("Done");
        assertThat(state(robot, 4)).isEqualTo("Next");
        assertThat(robot.lookup("#guide-step-4").query().getStyleClass()).contains("guide-step-next");

        sandboxData = Files.createTempDirectory("cc-guide-sandbox");
        sandbox = SandboxServer.start(new SandboxOptions(target.hostPort(), sandboxData, "127.0.0.1", Duration.ZERO,
                false));
        robot.clickOn("#guide-refresh");
        awaitDone(robot, 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#guide-step-4").query().getStyleClass()).contains("guide-step-done");
        assertThat(state(robot, 5)).as("without a session the password change is unknown").isEqualTo("Next");

        robot.clickOn("#guide-step-5-action");
        assertThat(opened).containsExactly("sign-in");
    }

    @Test
    void onTheSandboxPathSapFilesStayToDoAndIHaveTheseFollowsTheStep(FxRobot robot) throws Exception {
        target = new GuideTarget(target.image(), target.container(), target.hostPort(), true);
        connector = new ConnectorFacts() {
            @Override public java.util.Optional<Boolean> initialPasswordChanged() { return java.util.Optional.of(true); }
            @Override public java.util.Optional<Boolean> subaccountConnected() { return java.util.Optional.of(true); }
        };
        context = Files.createTempDirectory("cc-guide-image");
        HandMadeConnector.buildImage(context, target.image());
        robot.clickOn("#guide-refresh");
        awaitDone(robot, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(robot, 6)).as("the sandbox's tunnel is connected").isEqualTo("Done");
        assertThat(state(robot, 2)).as("the sandbox image proves nothing about SAP's files").isEqualTo("To do");
        assertThat(state(robot, 1)).isEqualTo("Next");
        assertThat(haveThese(robot).isSelected()).isFalse();

        robot.clickOn("#guide-prerequisites");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Done".equals(state(robot, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(haveThese(robot).isSelected()).isTrue();
        assertThat(state(robot, 2)).isEqualTo("Next");
    }

    @Test
    void aConnectedRealSubaccountTicksIHaveTheseForTheUser(FxRobot robot) throws Exception {
        connector = new ConnectorFacts() {
            @Override public java.util.Optional<Boolean> initialPasswordChanged() { return java.util.Optional.of(true); }
            @Override public java.util.Optional<Boolean> subaccountConnected() { return java.util.Optional.of(true); }
        };
        robot.clickOn("#guide-refresh");
        awaitDone(robot, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(haveThese(robot).isSelected()).as("the box agrees with the step").isTrue();
        assertThat(haveThese(robot).isDisabled()).as("a connected tunnel proves it; nothing to untick").isTrue();
        assertThat(state(robot, 2)).isEqualTo("Done");
    }

    private static javafx.scene.control.CheckBox haveThese(FxRobot robot) {
        return robot.lookup("#guide-prerequisites").queryAs(javafx.scene.control.CheckBox.class);
    }

    private static void awaitDone(FxRobot robot, int step) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "Done".equals(state(robot, step)));
        } catch (java.util.concurrent.TimeoutException e) {
            String problem = robot.lookup("#guide-problem .label").nth(1).queryAs(Label.class).getText();
            throw new AssertionError("step " + step + " still '" + state(robot, step) + "'; problem: '" + problem
                    + "'; summary: " + robot.lookup("#guide-summary").queryAs(Label.class).getText());
        }
    }

    private static String state(FxRobot robot, int step) {
        return robot.lookup("#guide-step-" + step + "-state").queryAs(Label.class).getText();
    }

    private static boolean readingShown(FxRobot robot) {
        return robot.lookup(".guide-screen .progress-indicator").query().isVisible();
    }

    private static void deleteTree(Path dir) throws Exception {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
