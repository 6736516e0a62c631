package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.ServiceChannel;
import dev.connectorconsole.connector.ServiceChannelType;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import dev.connectorconsole.ui.subaccounts.FormMessageArea;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Service channels" tab: the subaccount's channels with their live state, and a form to add one. */
final class ChannelsPane {
    private ChannelsPane() {}

    static Node build(ChannelsModel model) {
        TableView<ServiceChannel> table = new TableView<>(model.channels());
        table.setId("channel-table");
        dev.connectorconsole.ui.fx.WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                TextColumns.<ServiceChannel>of("Type", ChannelRow::type, 130),
                TextColumns.<ServiceChannel>of("Cloud target", ChannelRow::target, 220),
                TextColumns.<ServiceChannel>of("Local port", c -> String.valueOf(c.port()), 80),
                TextColumns.<ServiceChannel>of("State", ChannelRow::state, 160),
                TextColumns.<ServiceChannel>of("Comment", c -> Objects.requireNonNullElse(c.comment(), ""), 100));
        Label empty = new Label("No service channels: on-premise clients reach no cloud service through this "
                + "subaccount yet.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-text");
        table.setPlaceholder(empty);
        keepSelection(table);
        Button toggle = new Button();
        toggle.setId("toggle-channel");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            ServiceChannel c = table.getSelectionModel().getSelectedItem();
            return c != null && c.enabled() ? "Disable" : "Enable";
        }, table.getSelectionModel().selectedItemProperty()));
        toggle.setOnAction(e -> {
            ServiceChannel c = table.getSelectionModel().getSelectedItem();
            if (c != null) {
                model.setEnabled(c, !c.enabled());
            }
        });
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-channel");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> {
            ServiceChannel c = table.getSelectionModel().getSelectedItem();
            if (c != null && Confirmations.ask(table, "Delete the channel on port " + c.port() + "?",
                    "On-premise clients can no longer reach " + ChannelRow.target(c) + " through it.", "Delete")) {
                model.delete(c);
            }
        });
        for (Button button : new Button[] {toggle, delete}) {
            button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                    .or(model.calls().busyProperty()));
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane actions = new FlowPane(8, 8, toggle, delete);
        actions.setPadding(new Insets(8, 12, 8, 12));
        VBox left = new VBox(actions, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setMinWidth(300);
        SplitPane split = new SplitPane(left, form(model));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.62);
        return split;
    }

    /** A reload brings new rows: the channel that was selected stays selected. */
    private static void keepSelection(TableView<ServiceChannel> table) {
        ServiceChannel[] last = {null};
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                last[0] = now;
            }
        });
        table.getItems().addListener((javafx.collections.ListChangeListener<ServiceChannel>) change -> {
            if (last[0] == null) {
                return;
            }
            table.getItems().stream().filter(c -> c.id() == last[0].id() && c.type() == last[0].type()).findFirst()
                    .ifPresent(c -> table.getSelectionModel().select(c));
        });
    }

    private static Node form(ChannelsModel model) {
        Label title = new Label("Add a service channel");
        title.getStyleClass().add(Styles.TITLE_4);
        FormLayout layout = new FormLayout();
        ComboBox<ServiceChannelType> type = new ComboBox<>(FXCollections.observableArrayList(
                List.of(ServiceChannelType.K8S, ServiceChannelType.ABAP_CLOUD, ServiceChannelType.ABAP_CLOUD_SNC)));
        type.setId("channel-type");
        type.setConverter(new StringConverter<>() {
            @Override public String toString(ServiceChannelType t) {
                return t == null ? "" : switch (t) {
                    case K8S -> "Kubernetes cluster";
                    case ABAP_CLOUD -> "ABAP Cloud";
                    case ABAP_CLOUD_SNC -> "ABAP Cloud (SNC)";
                    default -> t.apiName();
                };
            }
            @Override public ServiceChannelType fromString(String s) { return null; }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        type.setMaxWidth(Double.MAX_VALUE);
        layout.add(new dev.connectorconsole.ui.session.FormField("Channel type", v -> ""), type, null);
        type.setId("channel-type");
        var k8s = model.typeProperty().isEqualTo(ServiceChannelType.K8S);
        TextField host = text(model.host(), "cluster or tenant host");
        layout.add(model.host(), host, null);
        TextField service = text(model.service(), "from the cluster's service");
        layout.add(model.service(), service, null);
        layout.showRowWhen(service, k8s);
        TextField port = text(model.port(), "e.g. 30000");
        layout.add(model.port(), port, "On-premise clients connect to this port of the connector.");
        layout.showRowWhen(port, k8s);
        TextField instance = text(model.instance(), "00");
        layout.add(model.instance(), instance, "The local port is 33NN, with SNC 48NN.");
        layout.showRowWhen(instance, k8s.not());
        layout.add(model.connections(), text(model.connections(), "1"), null);
        layout.add(model.comment(), text(model.comment(), "optional"), null);
        layout.node().disableProperty().bind(model.calls().busyProperty());
        Button add = new Button("Add channel", new FontIcon(Feather.PLUS));
        add.setId("add-channel");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(model.canAddProperty().not());
        add.setOnAction(e -> model.add());
        FlowPane buttons = new FlowPane(add);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label message = FormMessageArea.create(model.messageProperty());
        message.setId("channel-message");
        VBox content = new VBox(14, title, layout.node(), message, buttons);
        content.setPadding(new Insets(16, 20, 20, 20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(320);
        return scroll;
    }

    private static TextField text(dev.connectorconsole.ui.session.FormField field, String prompt) {
        TextField text = new TextField();
        text.setPromptText(prompt);
        text.textProperty().bindBidirectional(field.valueProperty());
        return text;
    }
}
