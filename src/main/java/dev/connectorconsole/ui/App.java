package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;

import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.ui.fx.FirstFrame;

/** The JavaFX application. Started by {@code dev.connectorconsole.Launcher}. */
public final class App extends Application {
    private static volatile Path configDir;
    private static volatile CompletableFuture<LoadResult> pendingSettings;
    private static volatile UncaughtErrors uncaughtErrors;

    private MainWindow window;
    private LoadResult settings;

    /** Called by the launcher; blocks until the last window closes. */
    public static void launchGui(Path configDir, CompletableFuture<LoadResult> settings, UncaughtErrors errors,
                                 String[] args) {
        App.configDir = configDir;
        App.pendingSettings = settings;
        App.uncaughtErrors = errors;
        Application.launch(App.class, args);
    }

    /** Runs on the launcher thread: the settings, read while the toolkit started, are there before start() needs them. */
    @Override
    public void init() {
        settings = pendingSettings.join();
    }

    @Override
    public void start(Stage stage) {
        if (uncaughtErrors != null) {
            uncaughtErrors.setOwner(stage);
        }
        window = MainWindow.open(stage, AppEnvironment.fromSystem(configDir), settings);
        FirstFrame.after(stage, App::logStartTime);
        StartupTraining.runIfAsked(stage, window.navigationModel());
    }

    private static void logStartTime() {
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        LoggerFactory.getLogger(App.class).info("First frame {} ms after the JVM started (epoch ms {})", now - jvmStart, now);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
