package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.connector.DomainMappings;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The domain mappings of the subaccount shown on the access-control screen: the list, and a small form to add one
 * or change or delete the selected one. Cookies and redirects naming an internal domain reach the cloud under the
 * virtual one.
 */
public final class DomainMappingsModel {
    private final ConnectorCalls calls;
    private final ReadOnlyObjectProperty<SubaccountChoice> subaccount;
    private final ObservableList<DomainMapping> domains = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DomainMapping> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<List<String>> taken = new SimpleObjectProperty<>(List.of());
    private final FormField virtualDomain = new FormField("Virtual domain", v -> AccessRules.domain(v, "virtual"));
    private final FormField internalDomain;
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private final BooleanBinding canSave;

    DomainMappingsModel(ConnectorCalls calls, ReadOnlyObjectProperty<SubaccountChoice> subaccount) {
        this.calls = calls;
        this.subaccount = subaccount;
        internalDomain = new FormField("Internal domain", v -> {
            String problem = AccessRules.domain(v, "internal");
            return problem.isEmpty() ? AccessRules.uniqueDomain(v, taken.get()) : problem;
        }, taken);
        canSave = Bindings.createBooleanBinding(() -> virtualDomain.isValid() && internalDomain.isValid()
                        && !calls.isBusy() && subaccount.get() != null && changed(),
                virtualDomain.ruleErrorProperty(), internalDomain.ruleErrorProperty(), calls.busyProperty(), subaccount,
                selected, virtualDomain.valueProperty(), internalDomain.valueProperty());
        subaccount.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        SubaccountChoice target = subaccount.get();
        if (target == null) {
            domains.clear();
            startAdd();
            return;
        }
        call(null, target, DomainMappings::list, list -> show(list, selected.get()));
    }

    public void startAdd() {
        selected.set(null);
        taken.set(domains.stream().map(DomainMapping::internalDomain).toList());
        virtualDomain.load("");
        internalDomain.load("");
    }

    public void select(DomainMapping domain) {
        if (domain == null) {
            startAdd();
            return;
        }
        selected.set(domain);
        taken.set(domains.stream().map(DomainMapping::internalDomain)
                .filter(d -> !d.equalsIgnoreCase(domain.internalDomain())).toList());
        virtualDomain.load(domain.virtualDomain());
        internalDomain.load(domain.internalDomain());
    }

    public void save() {
        SubaccountChoice target = subaccount.get();
        if (!canSave.get() || target == null) {
            virtualDomain.touch();
            internalDomain.touch();
            return;
        }
        DomainMapping before = selected.get();
        DomainMapping now = new DomainMapping(virtualDomain.trimmed(), internalDomain.trimmed());
        call(before == null ? "Adding domain mapping…" : "Saving domain mapping…", target, d -> {
            if (before == null) {
                d.create(now);
            } else {
                d.replace(before.internalDomain(), now);
            }
            return d.list();
        }, list -> {
            show(list, now);
            message.set(FormMessage.success(now.internalDomain() + " is shown to the cloud as " + now.virtualDomain() + "."));
        });
    }

    public void delete() {
        DomainMapping domain = selected.get();
        SubaccountChoice target = subaccount.get();
        if (domain == null || target == null) {
            return;
        }
        call("Deleting domain mapping…", target, d -> {
            d.delete(domain.internalDomain());
            return d.list();
        }, list -> {
            show(list, null);
            message.set(FormMessage.success("Domain mapping of " + domain.internalDomain() + " deleted."));
        });
    }

    private boolean changed() {
        DomainMapping before = selected.get();
        return before == null ? !internalDomain.trimmed().isEmpty()
                : !before.virtualDomain().equals(virtualDomain.trimmed())
                || !before.internalDomain().equals(internalDomain.trimmed());
    }

    private void show(List<DomainMapping> list, DomainMapping keep) {
        domains.setAll(list);
        DomainMapping again = keep == null ? null : list.stream()
                .filter(d -> d.internalDomain().equalsIgnoreCase(keep.internalDomain())).findFirst().orElse(null);
        if (again == null) {
            startAdd();
        } else {
            select(again);
        }
    }

    private <T> void call(String doing, SubaccountChoice target, SubaccountCall.Work<DomainMappings, T> work,
                          java.util.function.Consumer<? super T> onSuccess) {
        SubaccountCall.run(calls, subaccount, target, doing,
                (client, t) -> client.domainMappings(t.regionHost(), t.subaccount()), work, onSuccess, message);
    }

    public ObservableList<DomainMapping> domains() { return domains; }
    public ReadOnlyObjectProperty<DomainMapping> selectedProperty() { return selected.getReadOnlyProperty(); }
    public FormField virtualDomain() { return virtualDomain; }
    public FormField internalDomain() { return internalDomain; }
    public ObjectProperty<FormMessage> messageProperty() { return message; }
    public BooleanBinding canSaveProperty() { return canSave; }
    ConnectorCalls calls() { return calls; }
}
