package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.SubaccountTrace;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One subaccount's own traces (traffic, payload and SNC) and audit level, as the connector keeps them per subaccount:
 * choosing a subaccount reads its values, Save sends them; a failed save keeps what was chosen.
 */
final class SubaccountLevels {
    private record Read(SubaccountTrace trace, String auditLevel) {}

    private final ConnectorCalls calls;
    private final ObservableList<SubaccountSummary> subaccounts = FXCollections.observableArrayList();
    private final ObjectProperty<SubaccountSummary> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty trafficTrace = new SimpleBooleanProperty();
    private final BooleanProperty payloadTrace = new SimpleBooleanProperty();
    private final ObjectProperty<String> auditLevel = new SimpleObjectProperty<>();
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);

    SubaccountLevels(ConnectorCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls");
        chosen.addListener((obs, old, now) -> read(now));
    }

    /** Lists the connector's subaccounts (quietly; the screen's own load reports a failure). */
    void load() {
        calls.run(null, client -> client.subaccounts(), list -> {
            SubaccountSummary before = chosen.get();
            subaccounts.setAll(list);
            chosen.set(list.contains(before) ? before : list.isEmpty() ? null : list.get(0));
        }, failure -> { });
    }

    void save() {
        SubaccountSummary subaccount = chosen.get();
        if (subaccount == null) {
            message.set(FormMessage.error("Choose a subaccount first."));
            return;
        }
        if (auditLevel.get() == null) {
            message.set(FormMessage.error("Choose the subaccount's audit log level."));
            return;
        }
        SubaccountTrace trace = new SubaccountTrace(trafficTrace.get(), payloadTrace.get());
        String level = auditLevel.get();
        message.set(FormMessage.NONE);
        boolean started = calls.run("Saving the subaccount's traces", client -> {
            client.settings().setSubaccountTrace(subaccount.regionHost(), subaccount.subaccount(), trace);
            client.settings().setSubaccountAuditLevel(subaccount.regionHost(), subaccount.subaccount(), level);
            return trace;
        }, saved -> message.set(FormMessage.success("Saved for " + subaccount.subaccount() + ".")), failure -> {
            calls.session().reportFailure(failure);
            message.set(FormMessage.error(failure.getMessage()));
        });
        if (!started) {
            message.set(FormMessage.error("Sign in to a connector first."));
        }
    }

    private void read(SubaccountSummary subaccount) {
        message.set(FormMessage.NONE);
        if (subaccount == null) {
            return;
        }
        calls.run(null, client -> new Read(
                client.settings().subaccountTrace(subaccount.regionHost(), subaccount.subaccount()),
                client.settings().subaccountAuditLevel(subaccount.regionHost(), subaccount.subaccount())), read -> {
                    if (subaccount.equals(chosen.get())) {
                        trafficTrace.set(read.trace().trafficTrace());
                        payloadTrace.set(read.trace().payloadSncTrace());
                        auditLevel.set(read.auditLevel());
                    }
                }, failure -> message.set(FormMessage.error(failure.getMessage())));
    }

    static List<String> auditLevels() {
        return AuditLogSettings.LEVELS;
    }

    ObservableList<SubaccountSummary> subaccounts() { return subaccounts; }
    ObjectProperty<SubaccountSummary> chosenProperty() { return chosen; }
    BooleanProperty trafficTraceProperty() { return trafficTrace; }
    BooleanProperty payloadTraceProperty() { return payloadTrace; }
    ObjectProperty<String> auditLevelProperty() { return auditLevel; }
    ObjectProperty<FormMessage> messageProperty() { return message; }
}
