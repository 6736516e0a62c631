package dev.connectorconsole.ui;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import javafx.application.Application;

import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.connectorconsole.ui.fx.FirstFrame;

/** The JavaFX application. Started by {@code dev.connectorconsole.Launcher} after logging is configured. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static volatile Path configDir;
    private static volatile UncaughtErrors uncaughtErrors;

    private MainWindow window;
    private LoadResult settings;

    /** Called by the launcher; blocks until the last window closes. */
    public static void launchGui(Path configDir, UncaughtErrors errors, String[] args) {
        App.configDir = configDir;
        App.uncaughtErrors = errors;
        Application.launch(App.class, args);
    }

    /** Runs on the launcher thread: settings are read before the FX thread needs them. */
    @Override
    public void init() {
        settings = new SettingsStore(configDir).load();
    }

    @Override
    public void start(Stage stage) {
        if (uncaughtErrors != null) {
            uncaughtErrors.setOwner(stage);
        }
        window = MainWindow.open(stage, AppEnvironment.fromSystem(configDir), settings);
        FirstFrame.after(stage, App::logStartTime);
    }

    private static void logStartTime() {
        long now = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("First frame {} ms after the JVM started (epoch ms {})", now - jvmStart, now);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
