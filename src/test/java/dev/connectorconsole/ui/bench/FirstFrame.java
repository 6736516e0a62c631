package dev.connectorconsole.ui.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.AppEnvironment;
import dev.connectorconsole.ui.MainWindow;

/**
 * One measured start, run in its own JVM by {@link StartupBench}: {@code bare} shows a window with one label,
 * {@code app} opens Connector Console's main window. Prints the time from JVM start to the first frame after the
 * window is shown (the second pulse of an AnimationTimer started in setOnShown), then the idle RSS 3 s later.
 */
public final class FirstFrame {
    private FirstFrame() {}

    public static void main(String[] args) throws Exception {
        boolean app = args.length > 0 && args[0].equals("app");
        Path config = Files.createTempDirectory("cc-bench");
        LoadResult settings = app ? new SettingsStore(config).load() : null;
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnShown(e -> new AnimationTimer() {
                private int frames;

                @Override
                public void handle(long now) {
                    if (++frames == 2) {
                        stop();
                        System.out.println("FIRST_FRAME_MS " + ProcessMemory.sinceJvmStartMillis());
                        Thread idle = new Thread(() -> {
                            try {
                                Thread.sleep(3000);
                            } catch (InterruptedException ignored) {
                                return;
                            }
                            System.out.println("IDLE_RSS_MB " + ProcessMemory.rssMegabytes());
                            System.exit(0);
                        });
                        idle.setDaemon(true);
                        idle.start();
                    }
                }
            }.start());
            if (app) {
                MainWindow.open(stage, new AppEnvironment(System.getenv(), config,
                        Path.of(System.getProperty("user.home"), ".docker")), settings);
            } else {
                stage.setScene(new Scene(new Label("Hello"), 400, 200));
                stage.show();
            }
        });
        Thread.sleep(120_000);
        System.exit(1);
    }

}
