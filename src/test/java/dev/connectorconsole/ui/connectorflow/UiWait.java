package dev.connectorconsole.ui.connectorflow;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting for what a user would wait for (a connector answer), and screenshots of the window. */
final class UiWait {
    static final Path SHOTS = Path.of(System.getProperty("java.io.tmpdir"), "connector-console-shots");

    private UiWait() {}

    /** Waits until the condition holds (checked on the FX thread), at most 30 s on a loaded machine. */
    static void until(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get(10, TimeUnit.SECONDS);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting for: " + what, e);
        }
    }

    static void shot(Stage stage, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> ScreenHost.snapshot(stage.getScene(), SHOTS.resolve(name + ".png")))
                .get(10, TimeUnit.SECONDS);
    }
}
