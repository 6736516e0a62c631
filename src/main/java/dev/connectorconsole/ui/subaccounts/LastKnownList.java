package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.app.LastKnownStates.Known;
import dev.connectorconsole.app.LastKnownStates.Place;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.session.ShownConnector;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The subaccount list each connector context showed last: kept when a read ends (for the context it was asked in),
 * recalled when the user switches back, and marked ("As of 18:42:10, refreshing…") until a fresh list replaces it.
 */
final class LastKnownList {
    static final Facet<List<MonitoredSubaccount>> LIST = Facet.named("subaccounts");

    private final ShownConnector shown;
    private final ConnectorSession session;
    private final ReadOnlyStringWrapper asOf = new ReadOnlyStringWrapper("");

    LastKnownList(ShownConnector shown, ConnectorSession session) {
        this.shown = shown;
        this.session = session;
        session.stateProperty().addListener((obs, old, now) -> {
            if (now != SessionState.SIGNED_IN && now != SessionState.UNREACHABLE) {
                asOf.set("");
            }
        });
    }

    /** Runs {@code action} when another context is shown. */
    void onSwitch(Runnable action) {
        shown.profileProperty().addListener((obs, old, now) -> action.run());
    }

    /** Where a read that starts now belongs. */
    Place askedNow() {
        return shown.adminPlace(session.endpointProperty().get());
    }

    /** Whether a read asked at {@code asked} belongs on screen now. */
    boolean stillShown(Place asked) {
        return shown.isShown(asked, session.endpointProperty().get());
    }

    /** Reads the list and keeps it for the context it was asked in (off the FX thread). */
    List<MonitoredSubaccount> read(SccClient client, Place asked) {
        List<MonitoredSubaccount> list = List.copyOf(client.monitoringSubaccounts());
        shown.keep(asked, LIST, list);
        return list;
    }

    /** The shown context's last known rows, now marked as such; empty (and unmarked) when there are none. */
    List<SubaccountRow> recall() {
        Optional<Known<List<MonitoredSubaccount>>> known = shown.lastKnownAdmin(LIST);
        asOf.set(known.map(k -> shown.asOf(k.at())).orElse(""));
        return known.map(k -> k.value().stream().map(SubaccountRow::of).toList()).orElse(List.of());
    }

    /** A fresh list is shown. */
    void fresh() {
        asOf.set("");
    }

    /** Whether the rows shown are a last known list, not yet replaced. */
    boolean showing() {
        return !asOf.get().isEmpty();
    }

    ReadOnlyStringProperty asOfProperty() {
        return asOf.getReadOnlyProperty();
    }
}
