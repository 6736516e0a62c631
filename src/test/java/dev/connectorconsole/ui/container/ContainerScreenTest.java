package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/** The container screen clicked through against the real engine with a busybox image built FROM scratch. */
@ExtendWith(ApplicationExtension.class)
class ContainerScreenTest {
    private final String id = UUID.randomUUID().toString().substring(0, 8);
    private final String tag = "connector-console-test/ui-screen:" + id;
    private final String name = "cc-ui-screen-" + id;
    private final TestEngine engine = new TestEngine();
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private BuildViewModel build;
    private ContainerScreen screen;
    private ContainerTarget target;

    @Start
    void start(Stage stage) {
        Notifier silent = new Notifier() {
            @Override public void info(String t, String x) { }
            @Override public void success(String t, String x) { }
            @Override public void failure(String t, String x) { }
        };
        EngineContainerService service = new EngineContainerService(engine::connection, dir -> {
            throw new UnsupportedOperationException("not used");
        });
        target = new ContainerTarget(name, tag, PortCheck.nextFree(23000 + (int) (Math.random() * 2000)),
                ContainerTarget.Kind.SAP_INSTALLER);
        ContainerViewModel model = new ContainerViewModel(service, tasks, silent, target, Duration.ofSeconds(2),
                TestEngine.TEST_LABEL);
        Path work;
        try {
            work = Files.createTempDirectory("cc-container-screen");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        build = new BuildViewModel(service, tasks, silent, work, TestEngine.TEST_LABEL, model::refresh);
        screen = new ContainerScreen(model, build, javafx.util.Duration.seconds(2));
        Scene scene = new Scene((Parent) screen.view(), 1100, 900);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void cleanUp() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.closeGracefully(Duration.ofSeconds(40));
        engine.removeContainerAndVolumes(name, target.spec().volumes().keySet());
        engine.removeImage(tag);
        engine.close();
    }

    private static void waitForText(FxRobot robot, String query, String text) throws Exception {
        Labeled label = robot.lookup(query).queryAs(Labeled.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> text.equals(label.getText()));
    }

    @Test
    void buildCreateStopAndRemoveThroughTheButtons(FxRobot robot) throws Exception {
        waitForText(robot, "#image-present", tag + " is not built yet.");
        Button create = robot.lookup("#container-create").queryButton();
        assertThat(create.isDisabled()).isTrue();

        Path context = Files.createTempDirectory("cc-busybox");
        var prepared = TestEngine.busyboxContext(context, "");
        WaitForAsyncUtils.asyncFx(() -> build.buildContext(tag, prepared)).get(5, TimeUnit.SECONDS);
        waitForText(robot, "#image-present", tag + " is present. Building again replaces it.");
        assertThat(robot.lookup("#build-step").queryLabeled().getText()).isEqualTo("Built " + tag);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !create.isDisabled());
        robot.clickOn(create);
        waitForText(robot, "#container-state", "Unhealthy");
        Button stop = robot.lookup("#container-stop").queryButton();
        assertThat(stop.isDisabled()).isFalse();
        assertThat(robot.lookup("#container-start").queryButton().isDisabled()).isTrue();

        robot.clickOn(stop);
        waitForText(robot, "#container-state", "Stopped");
        assertThat(robot.lookup("#container-start").queryButton().isDisabled()).isFalse();

        robot.clickOn("#container-remove");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#state-preview-wipe").tryQuery().isPresent());
        assertThat(robot.lookup("#state-preview #fate-config").queryLabeled().getText())
                .isEqualTo("Kept: volume " + name + "_config stays.");
        assertThat(robot.lookup("#state-preview-wipe #fate-scc_config").queryLabeled().getText())
                .isEqualTo("Lost: volume " + name + "_scc_config is deleted.");
        assertThat(robot.lookup("#state-preview-wipe #fate-props-ini").queryLabeled().getText())
                .isEqualTo("Not in this container: the image's own is used.");
        robot.clickOn("Remove with data");
        waitForText(robot, "#container-state", "Absent");
        assertThat(robot.lookup("#container-remove").queryButton().isDisabled()).isTrue();
        assertThat(engine.connection().client().listVolumesCmd().exec().getVolumes())
                .noneMatch(v -> v.getName().startsWith(name + "_"));
    }
}
