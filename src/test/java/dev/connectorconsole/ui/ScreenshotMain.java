package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.NamedEngine;
import java.util.List;
import dev.connectorconsole.settings.SettingsStore;

/**
 * Opens the real app (under Xvfb: DISPLAY=:91) and writes a PNG of every screen, light and dark, to
 * assets/screenshots/. Run: {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.ScreenshotMain [outputDir]}.
 */
public final class ScreenshotMain {
    private ScreenshotMain() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Path config = Files.createTempDirectory("cc-screenshots");
        DemoConnector demo = DemoConnector.start();
        // The demo connector beside a sandbox container on this engine: the switcher shows both.
        ConnectorProfile sandbox = new ConnectorProfile("Sandbox", ContainerTarget.SANDBOX_IMAGE, "scc-sandbox", 8443,
                "https://localhost:8443", null, "Administrator");
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(demo.profile(), sandbox))
                .withEngines(List.of(NamedEngine.of("build-host", "ssh://ops@build-host.example.com", false, null))));
        LoadResult settings = new SettingsStore(config).load();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], new AppEnvironment(System.getenv(), config,
                    Path.of(System.getProperty("user.home"), ".docker")), settings);
        });
        Thread.sleep(2500);
        onFx(() -> window[0].navigationModel().showStart());
        Thread.sleep(800);
        shoot(stage[0], out.resolve("welcome.png"));
        onFx(() -> switcher(stage[0]).getSelectionModel().select(0));
        Thread.sleep(800);
        onFx(() -> {
            // Remembered (in this run's secret store), so the fleet screen can read the demo connector too.
            window[0].connectorScreens().session().rememberPasswordProperty().set(true);
            window[0].connectorScreens().session().signIn(demo.adminUrl(), "Administrator", demo.password());
        });
        Thread.sleep(3000);
        String[] names = {"dashboard", "container", "logs", "subaccounts", "access-control", "backups", "health",
            "connector-settings", "fleet", "high-availability", "settings"};
        for (int i = 0; i < names.length; i++) {
            int index = i;
            onFx(() -> window[0].navigationModel().show(index));
            Thread.sleep(1200);
            if (names[i].equals("health")) {
                onFx(() -> ((javafx.scene.control.TabPane) stage[0].getScene().lookup("#health-details"))
                        .getSelectionModel().select(1));
                Thread.sleep(800);
            }
            if (names[i].equals("access-control")) {
                onFx(() -> ((javafx.scene.control.TableView<?>) stage[0].getScene().lookup("#mapping-table"))
                        .getSelectionModel().select(0));
                Thread.sleep(800);
            }
            shoot(stage[0], out.resolve(names[i] + ".png"));
        }
        // The container screens of the connector with a container on this engine.
        onFx(() -> switcher(stage[0]).getSelectionModel().select(1));
        for (String name : new String[] {"container", "logs"}) {
            onFx(() -> window[0].navigationModel().show(name.equals("container") ? 1 : 2));
            Thread.sleep(1200);
            shoot(stage[0], out.resolve(name + ".png"));
        }
        onFx(() -> window[0].theme().setDark(true));
        onFx(() -> window[0].navigationModel().showStart());
        Thread.sleep(1200);
        shoot(stage[0], out.resolve("welcome-dark.png"));
        onFx(() -> window[0].navigationModel().show(2));
        Thread.sleep(1200);
        shoot(stage[0], out.resolve("logs-dark.png"));
        onFx(() -> stage[0].close());
        demo.close();
        Platform.exit();
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    private static javafx.scene.control.ComboBox<?> switcher(Stage stage) {
        return (javafx.scene.control.ComboBox<?>) stage.getScene().lookup("#connector-switcher");
    }

    private static void shoot(Stage stage, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = stage.getScene().snapshot(null));
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static void onFx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                action.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(90, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
    }

}
