package dev.connectorconsole.ui.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import dev.connectorconsole.ui.fx.FirstFrame;

/**
 * The baseline of {@link StartupBench}, run in its own JVM: a bare JavaFX window with one label. Prints the epoch
 * time of its first frame the way the app logs it, then stays idle until the bench has read its memory.
 */
public final class BareWindow {
    private BareWindow() {}

    public static void main(String[] args) throws Exception {
        Platform.startup(() -> {
            Stage stage = new Stage();
            FirstFrame.after(stage, () -> System.out.println("First frame (epoch ms " + System.currentTimeMillis() + ")"));
            stage.setScene(new Scene(new Label("Hello"), 400, 200));
            stage.show();
        });
        Thread.sleep(120_000);
        System.exit(1);
    }
}
