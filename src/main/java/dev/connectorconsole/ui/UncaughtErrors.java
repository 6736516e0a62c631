package dev.connectorconsole.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

import dev.connectorconsole.ui.fx.FxThread;

/**
 * Logs every uncaught exception and shows one dialog saying what happened and where the log file is.
 * While that dialog is open, further failures are only logged; the application keeps running.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private final Path logFile;
    private final AtomicBoolean dialogShowing = new AtomicBoolean();
    private volatile Window owner;

    public UncaughtErrors(Path logFile) {
        this.logFile = logFile;
    }

    public static UncaughtErrors install(Path logFile) {
        UncaughtErrors handler = new UncaughtErrors(logFile);
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LoggerFactory.getLogger(UncaughtErrors.class).error("Uncaught exception on thread {}", thread.getName(), error);
        if (!toolkitRunning() || closed() || !dialogShowing.compareAndSet(false, true)) {
            return;
        }
        FxThread.run(() -> show(thread, error));
    }

    private void show(Thread thread, Throwable error) {
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.setTitle("Connector Console");
            alert.setHeaderText("Something went wrong");
            Label text = new Label(describe(thread, error) + "\n\nThe details are in the log file:\n" + logFile
                    + "\n\nYou can keep working; if something looks wrong, restart the application.");
            text.setWrapText(true);
            text.setMaxWidth(480);
            alert.getDialogPane().setContent(text);
            alert.getDialogPane().setId("uncaught-error-dialog");
            Window window = owner;
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.showAndWait();
        } finally {
            dialogShowing.set(false);
        }
    }

    static String describe(Thread thread, Throwable error) {
        String message = error.getMessage();
        String what = error.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
        StackTraceElement[] trace = error.getStackTrace();
        String where = trace.length == 0 ? "" : "\nat " + trace[0].getClassName() + "." + trace[0].getMethodName()
                + " (thread " + thread.getName() + ")";
        return what + where;
    }

    /** After the main window has closed, the app is ending: a dialog then would keep it from exiting. */
    private boolean closed() {
        Window window = owner;
        return window != null && !window.isShowing();
    }

    private static boolean toolkitRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }
}
