package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.ServiceChannel;
import dev.connectorconsole.connector.ServiceChannelSpec;
import dev.connectorconsole.connector.ServiceChannelType;
import dev.connectorconsole.connector.ServiceChannels;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The service channels of the subaccount shown (on-premise clients reaching a cloud service through the tunnel):
 * all types in one list, a form to add a Kubernetes or ABAP Cloud channel, enable / disable and delete.
 */
public final class ChannelsModel {
    private final ConnectorCalls calls;
    private final ReadOnlyObjectProperty<SubaccountChoice> subaccount;
    private final ObservableList<ServiceChannel> channels = FXCollections.observableArrayList();
    private final ObjectProperty<ServiceChannelType> type = new SimpleObjectProperty<>(ServiceChannelType.K8S);
    private final FormField host = new FormField("Host", v -> ChannelRules.host(v,
            type.get() == ServiceChannelType.K8S ? "cluster host" : "tenant host"), type);
    private final FormField service = new FormField("Service ID", v -> type.get() == ServiceChannelType.K8S
            ? ChannelRules.service(v) : "", type);
    private final FormField port = new FormField("Local port", v -> type.get() == ServiceChannelType.K8S
            ? ChannelRules.port(v) : "", type);
    private final FormField instance = new FormField("Instance number", v -> type.get() == ServiceChannelType.K8S
            ? "" : ChannelRules.instance(v), type);
    private final FormField connections = new FormField("Connections", ChannelRules::connections);
    private final FormField comment = new FormField("Comment", v -> "");
    private final ObjectProperty<FormMessage> message = new SimpleObjectProperty<>(FormMessage.NONE);
    private final BooleanBinding canAdd;

    ChannelsModel(ConnectorCalls calls, ReadOnlyObjectProperty<SubaccountChoice> subaccount) {
        this.calls = calls;
        this.subaccount = subaccount;
        canAdd = Bindings.createBooleanBinding(() -> List.of(host, service, port, instance, connections).stream()
                        .allMatch(FormField::isValid) && !calls.isBusy() && subaccount.get() != null,
                host.ruleErrorProperty(), service.ruleErrorProperty(), port.ruleErrorProperty(),
                instance.ruleErrorProperty(), connections.ruleErrorProperty(), calls.busyProperty(), subaccount);
        subaccount.addListener((obs, old, now) -> refresh());
        clearForm();
    }

    /** Reads all channel types; {@code quietly} for the timer (no busy state, no message change). */
    public void refresh() {
        SubaccountChoice target = subaccount.get();
        if (target == null) {
            channels.clear();
            return;
        }
        call(null, target, ChannelsModel::all, list -> {
            if (!channels.equals(list)) {
                channels.setAll(list);
            }
        });
    }

    public void add() {
        SubaccountChoice target = subaccount.get();
        if (!canAdd.get() || target == null) {
            List.of(host, service, port, instance, connections).forEach(FormField::touch);
            return;
        }
        int count = Integer.parseInt(connections.trimmed());
        ServiceChannelSpec spec = type.get() == ServiceChannelType.K8S
                ? ServiceChannelSpec.k8s(host.trimmed(), service.trimmed(), Integer.parseInt(port.trimmed()), count,
                        blankToNull(comment.trimmed()))
                : ServiceChannelSpec.abapCloud(host.trimmed(), Integer.parseInt(instance.trimmed()),
                        type.get() == ServiceChannelType.ABAP_CLOUD_SNC, count, blankToNull(comment.trimmed()));
        int local = ChannelRow.localPort(type.get(), port.value(), instance.value());
        call("Adding service channel…", target, c -> {
            c.create(spec);
            return all(c);
        }, list -> {
            channels.setAll(list);
            clearForm();
            message.set(FormMessage.success("Channel added on local port " + local + "; enable it to open it."));
        });
    }

    public void setEnabled(ServiceChannel channel, boolean enabled) {
        SubaccountChoice target = subaccount.get();
        call((enabled ? "Opening" : "Closing") + " the channel…", target, c -> {
            if (enabled) {
                c.enable(channel.type(), channel.id());
            } else {
                c.disable(channel.type(), channel.id());
            }
            return all(c);
        }, list -> {
            channels.setAll(list);
            message.set(FormMessage.success(enabled ? "Channel enabled." : "Channel disabled."));
        });
    }

    public void delete(ServiceChannel channel) {
        call("Deleting the channel…", subaccount.get(), c -> {
            c.delete(channel.type(), channel.id());
            return all(c);
        }, list -> {
            channels.setAll(list);
            message.set(FormMessage.success("Channel deleted."));
        });
    }

    private void clearForm() {
        for (FormField field : List.of(host, service, port, instance, comment)) {
            field.load("");
        }
        connections.load("1");
    }

    private static List<ServiceChannel> all(ServiceChannels c) {
        List<ServiceChannel> list = new ArrayList<>();
        for (ServiceChannelType each : ServiceChannelType.values()) {
            list.addAll(c.list(each));
        }
        return list;
    }

    private <T> void call(String doing, SubaccountChoice target, SubaccountCall.Work<ServiceChannels, T> work,
                          Consumer<? super T> onSuccess) {
        SubaccountCall.run(calls, subaccount, target, doing,
                (client, t) -> client.serviceChannels(t.regionHost(), t.subaccount()), work, onSuccess, message);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    public ObservableList<ServiceChannel> channels() { return channels; }
    public ObjectProperty<ServiceChannelType> typeProperty() { return type; }
    public FormField host() { return host; }
    public FormField service() { return service; }
    public FormField port() { return port; }
    public FormField instance() { return instance; }
    public FormField connections() { return connections; }
    public FormField comment() { return comment; }
    public ObjectProperty<FormMessage> messageProperty() { return message; }
    public BooleanBinding canAddProperty() { return canAdd; }
    ConnectorCalls calls() { return calls; }
}
