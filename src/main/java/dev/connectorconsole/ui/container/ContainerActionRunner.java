package dev.connectorconsole.ui.container;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.connectorconsole.engine.PortInUseException;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * Runs the container's actions in the background, one at a time: busy while one runs, what it is doing, and why the
 * last one failed (told through the notifier too). After each, done or failed, the container is read again.
 */
final class ContainerActionRunner {
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Executor deliver;
    private final Consumer<PortInUseException> portTaken;
    private final Runnable reread;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** @param portTaken told when an action failed because the host port is taken, before the failure shows */
    ContainerActionRunner(BackgroundTasks tasks, Notifier notifier, Consumer<PortInUseException> portTaken,
                          Runnable reread) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.deliver = tasks.deliveryExecutor();
        this.portTaken = portTaken;
        this.reread = reread;
    }

    void run(String description, Callable<Void> action) {
        busy.set(true);
        error.set("");
        progress.set(description);
        tasks.submit(description, action, done -> {
            busy.set(false);
            progress.set("");
            reread.run();
        }, failure -> {
            busy.set(false);
            progress.set("");
            if (failure instanceof PortInUseException inUse) {
                portTaken.accept(inUse);
            }
            error.set(String.valueOf(failure.getMessage()));
            notifier.failure("Container action failed", String.valueOf(failure.getMessage()));
            reread.run();
        });
    }

    /** The steps of a running action, told from its background thread as its progress. */
    Consumer<String> steps() {
        return text -> deliver.execute(() -> progress.set(text + "…"));
    }

    /** Tells, on the FX thread, what an action achieved once it is done. */
    void tellSuccess(String title, String text) {
        deliver.execute(() -> notifier.success(title, text));
    }

    /** An action run elsewhere holds the container: the actions here wait, {@code text} says why. */
    void hold(boolean held, String text) {
        busy.set(held);
        progress.set(held ? text : "");
        if (held) {
            error.set("");
        } else {
            reread.run();
        }
    }

    /** Shows a failure that is not an action's (reading the container, a preview, a refusal before starting). */
    void showError(String message) {
        error.set(message);
    }

    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
}
