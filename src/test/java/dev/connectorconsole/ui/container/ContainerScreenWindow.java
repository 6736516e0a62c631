package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Container screen of one container on the real engine, in the test's window, with notices that show nothing:
 * the set-up the screen's engine tests share. Make one in {@code @Start}, wire its {@link #model()} (sign-in,
 * backups), {@link #show} it, and {@link #close} it after each test.
 */
final class ContainerScreenWindow {
    private static final Notifier SILENT = new Notifier() {
        @Override public void info(String t, String x) { }
        @Override public void success(String t, String x) { }
        @Override public void failure(String t, String x) { }
    };

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final EngineContainerService service;
    private final ContainerViewModel model;
    private ContainerScreen screen;

    ContainerScreenWindow(EngineConnection engine, ContainerTarget target) {
        service = new EngineContainerService(() -> engine, dir -> {
            throw new UnsupportedOperationException("not used");
        });
        model = new ContainerViewModel(service, tasks, SILENT, target, Duration.ofSeconds(30));
    }

    ContainerViewModel model() {
        return model;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    /** Shows the screen in a 1100 × {@code height} scene and activates it. */
    void show(Stage stage, int height) {
        show(stage, height, UnaryOperator.identity());
    }

    /** The same, the screen extended first by {@code extend} (e.g. upgrading). */
    void show(Stage stage, int height, UnaryOperator<ContainerScreen> extend) {
        screen = extend.apply(new ContainerScreen(model, new BuildViewModel(service, tasks, SILENT, Path.of("target"),
                Map.of(), model::refresh), javafx.util.Duration.seconds(2)));
        Scene scene = new Scene((Parent) screen.view(), 1100, height);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    /** Deactivates the screen and lets its background work end within {@code grace}. */
    void close(Duration grace) throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.closeGracefully(grace);
    }
}
