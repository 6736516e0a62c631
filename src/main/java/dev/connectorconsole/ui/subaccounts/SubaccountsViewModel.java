package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.session.ShownConnector;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The subaccount screen's state and commands: the list (from one monitoring call), the selected subaccount, the
 * add/edit form, and connect / disconnect / renew / delete. Every connector call runs through
 * {@link BackgroundTasks}; while one runs, {@link #busyProperty()} is true and {@link #busyTextProperty()} says what.
 */
public final class SubaccountsViewModel {
    private final ConnectorSession session;
    private final SubaccountForm form = new SubaccountForm();
    private final ObservableList<SubaccountRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SubaccountRow> selected = new ReadOnlyObjectWrapper<>();
    /** Region host and subaccount to select once the list has them; null when nothing waits. */
    private String[] wanted;
    private final ReadOnlyStringWrapper listError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private final LastKnownList lastKnown;
    private final SubaccountCalls calls;

    public SubaccountsViewModel(ConnectorSession session, BackgroundTasks tasks) {
        this(session, tasks, ShownConnector.alone(java.time.Clock.systemDefaultZone()));
    }

    /** @param shown the connector context shown, and what each context showed last */
    public SubaccountsViewModel(ConnectorSession session, BackgroundTasks tasks, ShownConnector shown) {
        this.session = Objects.requireNonNull(session, "session");
        this.lastKnown = new LastKnownList(shown, session);
        this.calls = new SubaccountCalls(session, Objects.requireNonNull(tasks, "tasks"), lastKnown,
                form.messageProperty());
        canSave = Bindings.createBooleanBinding(
                () -> form.isValid() && form.isDirty() && !calls.isBusy() && signedIn(),
                form.validProperty(), form.dirtyProperty(), calls.busyProperty(), session.stateProperty());
        form.startAdd();
        lastKnown.onSwitch(() -> {
            wanted = null;
            startAdd();
            rows.setAll(lastKnown.recall());
        });
    }

    /** Reloads the list from the connector (one call to the monitoring API). */
    public void refresh() {
        if (!signedIn()) {
            if (!lastKnown.showing()) {
                rows.clear();
            }
            return;
        }
        var asked = lastKnown.askedNow();
        call("Loading subaccounts…", client -> lastKnown.read(client, asked), this::showList, failure -> {
            if (!session.reportFailure(failure)) {
                listError.set(failure.getMessage());
            }
        });
    }

    /** Empties the form for a new subaccount (the view asks about unsaved changes first). */
    public void startAdd() {
        selected.set(null);
        form.startAdd();
    }

    /** Loads the chosen subaccount's details into the form. */
    public void select(SubaccountRow row) {
        if (row == null) {
            startAdd();
            return;
        }
        selected.set(row);
        call("Loading " + row.displayName() + "…", client -> client.subaccount(row.regionHost(), row.subaccount()),
                form::startEdit, this::formFailure);
    }

    /** Sends the form when it is valid; invalid input never reaches the connector. */
    public void save() {
        if (!form.isValid()) {
            form.touchAll();
            return;
        }
        if (!form.isDirty() || calls.isBusy()) {
            return;
        }
        if (form.mode() == SubaccountForm.Mode.ADD) {
            var create = form.toCreate();
            call("Adding subaccount and opening the tunnel…", client -> client.create(create),
                    result -> afterSave(result, "Subaccount added."), this::formFailure);
        } else {
            SubaccountRow row = selected.get();
            var update = form.toUpdate();
            call("Saving…", client -> client.update(row.regionHost(), row.subaccount(), update),
                    result -> afterSave(result, "Changes saved."), this::formFailure);
        }
    }

    public void connect() {
        onSelected("Connecting…", (client, row) -> {
            client.connect(row.regionHost(), row.subaccount());
            return client.subaccount(row.regionHost(), row.subaccount());
        }, "Connected.");
    }

    public void disconnect() {
        onSelected("Disconnecting…", (client, row) -> {
            client.disconnect(row.regionHost(), row.subaccount());
            return client.subaccount(row.regionHost(), row.subaccount());
        }, "Disconnected.");
    }

    /** Renews the subaccount certificate with a cloud user's credentials; failures go to {@code onRejected}. */
    public void renewCertificate(String cloudUser, Secret cloudPassword, Consumer<String> onRejected) {
        SubaccountRow row = selected.get();
        if (row == null) {
            return;
        }
        call("Renewing the subaccount certificate…",
                client -> client.renewCertificate(row.regionHost(), row.subaccount(), cloudUser.trim(), cloudPassword),
                result -> afterSave(result, "Certificate renewed; valid until "
                        + SubaccountTexts.date(result.tunnel()) + "."),
                failure -> {
                    if (!session.reportFailure(failure)) {
                        onRejected.accept(failure instanceof SccException scc
                                ? SubaccountErrors.place(scc).sentence() : failure.getMessage());
                    }
                });
    }

    public void delete() {
        SubaccountRow row = selected.get();
        if (row == null) {
            return;
        }
        var asked = lastKnown.askedNow();
        call("Deleting…", client -> {
            client.delete(row.regionHost(), row.subaccount());
            return lastKnown.read(client, asked);
        }, list -> {
            showList(list);
            startAdd();
            form.messageProperty().set(FormMessage.success("Subaccount " + row.displayName() + " deleted."));
        }, this::formFailure);
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private interface RowCall<T> {
        T apply(SccClient client, SubaccountRow row) throws Exception;
    }

    private void onSelected(String doing, RowCall<Subaccount> action, String confirmation) {
        SubaccountRow row = selected.get();
        if (row == null) {
            return;
        }
        call(doing, client -> action.apply(client, row), result -> afterSave(result, confirmation),
                this::formFailure);
    }

    private void afterSave(Subaccount result, String confirmation) {
        SubaccountRow row = new SubaccountRow(result.regionHost(), result.subaccount(),
                result.displayName() == null || result.displayName().isBlank() ? result.subaccount()
                        : result.displayName(),
                Objects.requireNonNullElse(result.locationID(), ""),
                result.tunnel() == null ? dev.connectorconsole.connector.TunnelState.UNKNOWN : result.tunnel().state());
        replaceRow(row);
        selected.set(row);
        form.markSaved(result, confirmation);
        refreshQuietly();
    }

    private void refreshQuietly() {
        var asked = lastKnown.askedNow();
        call(null, client -> lastKnown.read(client, asked), this::showList, session::reportFailure);
    }

    private void replaceRow(SubaccountRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sameSubaccount(row.regionHost(), row.subaccount())) {
                rows.set(i, row);
                return;
            }
        }
        rows.add(row);
    }

    /** Selects a subaccount as soon as it is listed (now, if it is): for links from other screens. */
    public void selectWhenListed(String regionHost, String subaccount) {
        SubaccountRow listed = listed(regionHost, subaccount);
        wanted = listed == null ? new String[] {regionHost, subaccount} : null;
        if (listed != null) {
            select(listed);
        }
    }

    private SubaccountRow listed(String regionHost, String subaccount) {
        return rows.stream().filter(r -> r.sameSubaccount(regionHost, subaccount)).findFirst().orElse(null);
    }

    private void showList(List<MonitoredSubaccount> list) {
        listError.set("");
        lastKnown.fresh();
        SubaccountRow current = selected.get();
        rows.setAll(list.stream().map(SubaccountRow::of).toList());
        if (wanted != null) {
            SubaccountRow listed = listed(wanted[0], wanted[1]);
            wanted = null;
            if (listed != null) {
                select(listed);
                return;
            }
        }
        if (current != null) {
            selected.set(rows.stream()
                    .filter(r -> r.sameSubaccount(current.regionHost(), current.subaccount()))
                    .findFirst().orElse(null));
        }
    }

    private void formFailure(Throwable failure) {
        if (session.reportFailure(failure)) {
            form.messageProperty().set(FormMessage.error(session.lastErrorProperty().get()));
            return;
        }
        if (failure instanceof SccException scc) {
            form.showFailure(scc);
        } else {
            form.messageProperty().set(FormMessage.error(failure.getMessage()));
        }
    }

    private <T> void call(String doing, SubaccountCalls.ClientCall<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        calls.call(doing, work, onSuccess, onFailure);
    }

    private boolean signedIn() {
        return session.state() == SessionState.SIGNED_IN;
    }

    public SubaccountForm form() { return form; }
    public ObservableList<SubaccountRow> rows() { return rows; }
    public ReadOnlyObjectProperty<SubaccountRow> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return calls.busyProperty(); }
    public ReadOnlyStringProperty busyTextProperty() { return calls.busyTextProperty(); }
    public ReadOnlyStringProperty listErrorProperty() { return listError.getReadOnlyProperty(); }
    /** "As of 18:42:10, refreshing…" while the list is the shown context's last known one; "" once fresh. */
    public ReadOnlyStringProperty asOfProperty() { return lastKnown.asOfProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ConnectorSession session() { return session; }

}
