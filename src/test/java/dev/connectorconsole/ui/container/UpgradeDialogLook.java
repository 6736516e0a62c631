package dev.connectorconsole.ui.container;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the upgrade tests read in the Upgrade dialog, wait for there, and keep as pictures (target/screens-upgrade). */
final class UpgradeDialogLook {
    private final FxRobot robot;

    UpgradeDialogLook(FxRobot robot) {
        this.robot = robot;
    }

    /** The text of the label {@code query} finds; empty when there is none. */
    String text(String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).orElse("");
    }

    /** Waits on the FX thread for {@code condition}; fails naming {@code what} after {@code seconds}. */
    void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        }
    }

    /** A picture of the dialog's window as {@code name}.png; a picture that cannot be taken is only reported. */
    void shot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screens-upgrade"));
            javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#upgrade-dialog").query()
                    .getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (Exception e) {
            System.out.println("No picture of " + name + ": " + e);
        }
    }
}
