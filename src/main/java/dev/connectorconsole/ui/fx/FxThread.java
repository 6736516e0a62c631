package dev.connectorconsole.ui.fx;

import javafx.application.Platform;

/** The one way code gets onto the FX thread: inline when already there, otherwise queued. */
public final class FxThread {
    private FxThread() {}

    public static void run(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
