package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The subaccount screen's connector calls: each in the background through {@link BackgroundTasks}, busy (saying
 * what) while one the user started runs, and its answer dropped when another connector context is shown by then.
 */
final class SubaccountCalls {
    /** One call through the signed-in client. */
    @FunctionalInterface
    interface ClientCall<T> {
        T apply(SccClient client) throws Exception;
    }

    private final ConnectorSession session;
    private final BackgroundTasks tasks;
    private final LastKnownList lastKnown;
    private final ObjectProperty<FormMessage> message;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");

    /** @param message the form's message: "not signed in", or cleared when a call the user started begins */
    SubaccountCalls(ConnectorSession session, BackgroundTasks tasks, LastKnownList lastKnown,
                    ObjectProperty<FormMessage> message) {
        this.session = session;
        this.tasks = tasks;
        this.lastKnown = lastKnown;
        this.message = message;
    }

    /** {@code doing} null: a quiet call (no busy state, no message cleared). */
    <T> void call(String doing, ClientCall<T> work, Consumer<? super T> onSuccess,
                  Consumer<? super Throwable> onFailure) {
        Optional<SccClient> client = session.client();
        if (client.isEmpty()) {
            message.set(FormMessage.error("Not signed in to a connector."));
            return;
        }
        boolean foreground = doing != null;
        if (foreground) {
            busy.set(true);
            busyText.set(doing);
            message.set(FormMessage.NONE);
        }
        SccClient active = client.get();
        var asked = lastKnown.askedNow();
        Callable<T> task = () -> work.apply(active);
        tasks.submit(doing == null ? "refresh subaccounts" : doing, task, result -> {
            if (foreground) {
                busy.set(false);
                busyText.set("");
            }
            if (!lastKnown.stillShown(asked)) {
                return; // read for a connector context no longer shown
            }
            session.reportSuccess();
            onSuccess.accept(result);
        }, failure -> {
            if (foreground) {
                busy.set(false);
                busyText.set("");
            }
            if (lastKnown.stillShown(asked)) {
                onFailure.accept(failure);
            }
        });
    }

    boolean isBusy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }
}
