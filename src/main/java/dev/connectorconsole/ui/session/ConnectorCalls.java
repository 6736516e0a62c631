package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A screen's calls to the signed-in connector, off the FX thread: while a call the user started runs,
 * {@link #busyProperty()} is true and {@link #busyTextProperty()} says what it does; quiet calls (a refresh behind
 * the scenes) change neither. Results and failures come back on the FX thread; a success tells the session the
 * connector answers.
 */
public final class ConnectorCalls {
    /** Work with the signed-in client. */
    @FunctionalInterface
    public interface ClientCall<T> {
        T apply(SccClient client) throws Exception;
    }

    private final ConnectorSession session;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");

    public ConnectorCalls(ConnectorSession session, BackgroundTasks tasks) {
        this.session = Objects.requireNonNull(session, "session");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    /**
     * Runs {@code work} with the signed-in client; returns false (and runs nothing) when there is none.
     * @param doing what the user is told while it runs; null for a quiet call
     */
    public <T> boolean run(String doing, ClientCall<T> work, Consumer<? super T> onSuccess,
                           Consumer<? super Throwable> onFailure) {
        Optional<SccClient> client = session.client();
        if (client.isEmpty()) {
            return false;
        }
        boolean foreground = doing != null;
        if (foreground) {
            busy.set(true);
            busyText.set(doing);
        }
        SccClient active = client.get();
        tasks.submit(foreground ? doing : "quiet connector call", () -> work.apply(active), result -> {
            done(foreground);
            session.reportSuccess();
            onSuccess.accept(result);
        }, failure -> {
            done(foreground);
            onFailure.accept(failure);
        });
        return true;
    }

    private void done(boolean foreground) {
        if (foreground) {
            busy.set(false);
            busyText.set("");
        }
    }

    public ConnectorSession session() { return session; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public boolean isBusy() { return busy.get(); }
    public ReadOnlyStringProperty busyTextProperty() { return busyText.getReadOnlyProperty(); }
}
