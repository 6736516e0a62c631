package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * A call about one subaccount's access control (its domain mappings, its channels): the answer is dropped when
 * another subaccount is shown by then; a failure that concerns the whole session goes to the session, any other to
 * the tab's message line.
 */
final class SubaccountCall {
    /** Which part of the API the call needs. */
    interface Api<A> {
        A open(SccClient client, SubaccountChoice target);
    }

    interface Work<A, T> {
        T apply(A api) throws Exception;
    }

    private SubaccountCall() {}

    /** @param doing what the user is told while it runs; null for a quiet call (a refresh) */
    static <A, T> void run(ConnectorCalls calls, ObservableValue<SubaccountChoice> shown, SubaccountChoice target,
                           String doing, Api<A> api, Work<A, T> work, Consumer<? super T> onSuccess,
                           ObjectProperty<FormMessage> message) {
        if (target == null) {
            return;
        }
        if (doing != null) {
            message.set(FormMessage.NONE);
        }
        calls.run(doing, client -> work.apply(api.open(client, target)), result -> {
            if (target.equals(shown.getValue())) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (failure instanceof SccException scc && calls.session().reportFailure(scc)) {
                return;
            }
            message.set(FormMessage.error(failure instanceof SccException scc && scc.serverMessage() != null
                    ? scc.serverMessage() : failure.getMessage()));
        });
    }
}
