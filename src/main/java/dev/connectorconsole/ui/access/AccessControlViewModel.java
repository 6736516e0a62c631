package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.connector.SystemMappings;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The access-control screen's state and commands for one subaccount of the signed-in connector: its system mappings
 * (one call), the selected mapping in {@link MappingForm}, that mapping's resources, and add / save / delete of
 * mappings and resources. Answers for a subaccount or mapping no longer shown are dropped.
 */
public final class AccessControlViewModel {
    private final ConnectorCalls calls;
    private final InternalHostCheck hostCheck;
    private final OtherProfiles others;
    private final MappingForm form = new MappingForm();
    private final ObservableList<SubaccountChoice> subaccounts = FXCollections.observableArrayList();
    private final ObjectProperty<SubaccountChoice> subaccount = new SimpleObjectProperty<>();
    private final ObservableList<SystemMapping> mappings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SystemMapping> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MappingResource> resources = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper listError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private final DomainMappingsModel domains;
    private final ChannelsModel channels;
    private SubaccountChoice wanted;

    public AccessControlViewModel(ConnectorCalls calls) {
        this(calls, InternalHostCheck.unavailable());
    }

    public AccessControlViewModel(ConnectorCalls calls, InternalHostCheck hostCheck) {
        this(calls, hostCheck, OtherProfiles.none());
    }

    /** @param others the connector profiles access control can also be copied to */
    public AccessControlViewModel(ConnectorCalls calls, InternalHostCheck hostCheck, OtherProfiles others) {
        this.calls = Objects.requireNonNull(calls, "calls");
        this.hostCheck = Objects.requireNonNull(hostCheck, "hostCheck");
        this.others = Objects.requireNonNull(others, "others");
        canSave = Bindings.createBooleanBinding(() -> form.isValid() && form.isDirty() && !calls.isBusy()
                        && subaccount.get() != null && signedIn(),
                form.validProperty(), form.dirtyProperty(), calls.busyProperty(), subaccount,
                session().stateProperty());
        subaccount.addListener((obs, old, now) -> {
            if (now != null && (old == null || !now.equals(old))) {
                loadMappings(null);
            }
        });
        domains = new DomainMappingsModel(calls, subaccount);
        channels = new ChannelsModel(calls, subaccount);
    }

    /** Shows this subaccount once the list is there (from a subaccount's row or the dashboard). */
    public void show(String regionHost, String subaccountId) {
        wanted = new SubaccountChoice(regionHost, subaccountId, subaccountId);
        subaccounts.stream().filter(c -> c.same(regionHost, subaccountId)).findFirst().ifPresent(subaccount::set);
    }

    /** Reloads the subaccounts and the chosen one's mappings. */
    public void refresh() {
        if (!signedIn()) {
            subaccounts.clear();
            subaccount.set(null);
            mappings.clear();
            resources.clear();
            selected.set(null);
            return;
        }
        calls.run("Loading subaccounts…", client -> client.monitoringSubaccounts().stream()
                .map(SubaccountChoice::of).toList(), this::showSubaccounts, this::listFailure);
    }

    /** Empties the form for a new system (the view asks about unsaved changes first). */
    public void startAdd() {
        hostCheck.clear();
        selected.set(null);
        resources.clear();
        form.startAdd(keys());
    }

    public void select(SystemMapping mapping) {
        if (mapping == null) {
            startAdd();
            return;
        }
        hostCheck.clear();
        selected.set(mapping);
        form.startEdit(mapping, keys());
        loadResources(mapping);
    }

    /** Sends the form when it is valid; invalid input never reaches the connector. */
    public void save() {
        if (!form.isValid()) {
            form.touchAll();
            return;
        }
        SubaccountChoice target = subaccount.get();
        if (target == null || !form.isDirty() || calls.isBusy()) {
            return;
        }
        SystemMapping mapping = form.toMapping();
        SystemMapping before = form.editing();
        String doing = before == null ? "Adding " + mapping.key() + "…" : "Saving " + mapping.key() + "…";
        form.messageProperty().set(FormMessage.NONE);
        call(doing, target, m -> {
            if (before == null) {
                m.create(mapping);
            } else {
                m.replace(before.virtualHost(), before.virtualPort(), mapping);
            }
            return new Loaded(m.list(), m.get(mapping.virtualHost(), mapping.virtualPort()));
        }, loaded -> {
            showMappings(loaded.mappings(), loaded.mapping());
            form.markSaved(loaded.mapping(), keys(), before == null ? "System " + mapping.key() + " added."
                    : "Changes saved.");
        }, this::formFailure);
    }

    public void deleteMapping() {
        SystemMapping mapping = selected.get();
        SubaccountChoice target = subaccount.get();
        if (mapping == null || target == null) {
            return;
        }
        call("Deleting " + mapping.key() + "…", target, m -> {
            m.delete(mapping.virtualHost(), mapping.virtualPort());
            return m.list();
        }, list -> {
            showMappings(list, null);
            startAdd();
            form.messageProperty().set(FormMessage.success("System " + mapping.key() + " deleted."));
        }, this::formFailure);
    }

    public void addResource(MappingResource resource) {
        onResources("Adding " + resource.id() + "…", (m, mapping) ->
                m.createResource(mapping.virtualHost(), mapping.virtualPort(), resource));
    }

    public void setEnabled(MappingResource resource, boolean enabled) {
        MappingResource changed = new MappingResource(resource.id(), enabled, resource.exactMatchOnly(),
                resource.websocketUpgradeAllowed(), resource.description(), null);
        onResources((enabled ? "Enabling " : "Disabling ") + resource.id() + "…", (m, mapping) ->
                m.replaceResource(mapping.virtualHost(), mapping.virtualPort(), changed));
    }

    public void deleteResource(MappingResource resource) {
        onResources("Deleting " + resource.id() + "…", (m, mapping) ->
                m.deleteResource(mapping.virtualHost(), mapping.virtualPort(), resource.id()));
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private record Loaded(List<SystemMapping> mappings, SystemMapping mapping) {}

    private record AfterResources(List<SystemMapping> mappings, List<MappingResource> resources) {}

    private interface MappingsCall<T> {
        T apply(SystemMappings mappings) throws Exception;
    }

    private interface ResourceChange {
        void apply(SystemMappings mappings, SystemMapping mapping) throws Exception;
    }

    private void showSubaccounts(List<SubaccountChoice> list) {
        listError.set("");
        if (!subaccounts.equals(list)) {
            subaccounts.setAll(list);
        }
        SubaccountChoice keep = wanted != null ? wanted : subaccount.get();
        wanted = null;
        SubaccountChoice next = keep == null ? null : list.stream()
                .filter(c -> c.same(keep.regionHost(), keep.subaccount())).findFirst().orElse(null);
        if (next == null && !list.isEmpty()) {
            next = list.get(0);
        }
        if (Objects.equals(next, subaccount.get()) && next != null) {
            loadMappings(selected.get());
            domains.refresh();
            channels.refresh();
        } else {
            subaccount.set(next);
        }
        if (next == null) {
            mappings.clear();
            startAdd();
        }
    }

    private void loadMappings(SystemMapping keepSelected) {
        SubaccountChoice target = subaccount.get();
        if (target == null) {
            return;
        }
        call("Loading access control of " + target.displayName() + "…", target, SystemMappings::list,
                list -> showMappings(list, keepSelected), this::listFailure);
    }

    private void showMappings(List<SystemMapping> list, SystemMapping keep) {
        listError.set("");
        mappings.setAll(list);
        SystemMapping next = keep == null ? null : list.stream()
                .filter(m -> m.key().equalsIgnoreCase(keep.key())).findFirst().orElse(null);
        if (next == null) {
            if (selected.get() != null || form.mode() == MappingForm.Mode.EDIT) {
                startAdd();
            } else {
                form.startAdd(keys());
            }
        } else if (!form.isDirty()) {
            select(next);
        } else {
            selected.set(next);
        }
    }

    private void loadResources(SystemMapping mapping) {
        SubaccountChoice target = subaccount.get();
        resources.clear();
        call(null, target, m -> m.resources(mapping.virtualHost(), mapping.virtualPort()), list -> {
            if (selected.get() != null && selected.get().key().equals(mapping.key())) {
                resources.setAll(list);
            }
        }, this::formFailure);
    }

    private void onResources(String doing, ResourceChange change) {
        SystemMapping mapping = selected.get();
        SubaccountChoice target = subaccount.get();
        if (mapping == null || target == null) {
            return;
        }
        call(doing, target, m -> {
            change.apply(m, mapping);
            return new AfterResources(m.list(), m.resources(mapping.virtualHost(), mapping.virtualPort()));
        }, after -> {
            mappings.setAll(after.mappings());
            after.mappings().stream().filter(m -> m.key().equals(mapping.key())).findFirst().ifPresent(selected::set);
            resources.setAll(after.resources());
        }, this::formFailure);
    }

    /** Runs a call on the subaccount's mappings; the answer is dropped when another subaccount is shown by then. */
    private <T> void call(String doing, SubaccountChoice target, MappingsCall<T> work, Consumer<? super T> onSuccess,
                          Consumer<? super Throwable> onFailure) {
        boolean started = calls.run(doing, client -> work.apply(
                        client.systemMappings(target.regionHost(), target.subaccount())),
                result -> {
                    if (target.equals(subaccount.get())) {
                        onSuccess.accept(result);
                    }
                }, onFailure);
        if (!started) {
            form.messageProperty().set(FormMessage.error("Not signed in to a connector."));
        }
    }

    private void listFailure(Throwable failure) {
        if (!session().reportFailure(failure)) {
            listError.set(failure.getMessage());
        }
    }

    private void formFailure(Throwable failure) {
        if (session().reportFailure(failure)) {
            form.messageProperty().set(FormMessage.error(session().lastErrorProperty().get()));
        } else if (failure instanceof SccException scc) {
            form.showFailure(scc);
        } else {
            form.messageProperty().set(FormMessage.error(failure.getMessage()));
        }
    }

    private List<String> keys() {
        return mappings.stream().map(SystemMapping::key).toList();
    }

    private boolean signedIn() {
        return session().state() == SessionState.SIGNED_IN;
    }

    public ConnectorSession session() { return calls.session(); }
    public MappingForm form() { return form; }
    public ObservableList<SubaccountChoice> subaccounts() { return subaccounts; }
    public ObjectProperty<SubaccountChoice> subaccountProperty() { return subaccount; }
    public ObservableList<SystemMapping> mappings() { return mappings; }
    public ReadOnlyObjectProperty<SystemMapping> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ObservableList<MappingResource> resources() { return resources; }
    public ReadOnlyStringProperty listErrorProperty() { return listError.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public ConnectorCalls calls() { return calls; }
    OtherProfiles others() { return others; }
    public InternalHostCheck hostCheck() { return hostCheck; }
    public DomainMappingsModel domains() { return domains; }
    public ChannelsModel channels() { return channels; }
}
