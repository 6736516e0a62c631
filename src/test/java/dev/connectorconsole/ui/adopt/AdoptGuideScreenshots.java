package dev.connectorconsole.ui.adopt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.guide.GuideProgress;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.ui.MainWindow;

/**
 * Screenshots of the Adopt and Setup guide screens in the real app (under Xvfb, DISPLAY=:92), with a connector made by
 * hand as in SAP's walkthrough (image {@code scc:screenshot}, container {@code myscc}), removed afterwards. Run:
 * {@code java -cp target/classes:target/test-classes:<deps> -Dprism.order=sw
 * dev.connectorconsole.ui.adopt.AdoptGuideScreenshots [outputDir]}.
 */
public final class AdoptGuideScreenshots {
    private static final String IMAGE = "scc:screenshot";
    private static final String CONTAINER = "myscc";

    private AdoptGuideScreenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots");
        Files.createDirectories(out);
        Path config = Files.createTempDirectory("cc-adopt-shots");
        Path context = Files.createTempDirectory("cc-adopt-shots-image");
        try {
            HandMadeConnector.buildImage(context, IMAGE);
            HandMadeConnector.run(CONTAINER, IMAGE, PortCheck.nextFree(8443));
            new GuideProgressStore(config).save(GuideProgress.none().withPrerequisitesConfirmed(true));
            shoot(out, config);
        } finally {
            HandMadeConnector.removeAll(CONTAINER, IMAGE);
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
        System.exit(0);
    }

    private static void shoot(Path out, Path config) throws Exception {
        var settings = new SettingsStore(config).load();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        MainWindow[] window = new MainWindow[1];
        Stage[] stage = new Stage[1];
        onFx(() -> {
            stage[0] = new Stage();
            window[0] = MainWindow.open(stage[0], new AppEnvironment(System.getenv(), config,
                    Path.of(System.getProperty("user.home"), ".docker")), settings);
            stage[0].setWidth(1280);
            stage[0].setHeight(800);
        });
        int adopt = indexOf(window[0], "Adopt");
        onFx(() -> window[0].navigationModel().show(adopt));
        Thread.sleep(4000);
        onFx(() -> ((Button) stage[0].getScene().lookup("#adopt-" + CONTAINER)).fire());
        Thread.sleep(1500);
        save(stage[0], out.resolve("adopt.png"));
        int guide = indexOf(window[0], "Setup guide");
        onFx(() -> window[0].navigationModel().show(guide));
        Thread.sleep(5000);
        save(stage[0], out.resolve("guide.png"));
        onFx(() -> window[0].theme().setDark(true));
        Thread.sleep(800);
        save(stage[0], out.resolve("guide-dark.png"));
        onFx(() -> stage[0].close());
    }

    private static int indexOf(MainWindow window, String title) {
        var screens = window.navigationModel().screens();
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new IllegalStateException("no screen titled " + title);
    }

    private static void save(Stage stage, Path file) throws Exception {
        WritableImage[] image = new WritableImage[1];
        onFx(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
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
        done.await();
    }
}
