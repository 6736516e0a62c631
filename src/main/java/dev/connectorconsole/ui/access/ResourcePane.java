package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.MappingResource;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.fx.WholeHeaders;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The resources of the selected system: what the cloud may call on it, with add, enable/disable and delete. */
final class ResourcePane {
    private final AccessControlViewModel model;
    private final TableView<MappingResource> table = new TableView<>();
    private final VBox pane;

    ResourcePane(AccessControlViewModel model) {
        this.model = model;
        Label title = new Label();
        title.setId("resources-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Resources" : "Resources of " + model.selectedProperty().get().key(), model.selectedProperty()));
        table.setId("resource-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                TextColumns.<MappingResource>of("Path or name", MappingResource::id, 160),
                TextColumns.<MappingResource>of("Access", this::access, 130),
                TextColumns.<MappingResource>of("Status", r -> r.enabled() ? "Enabled" : "Disabled", 70),
                TextColumns.<MappingResource>of("WebSocket", r -> r.websocketUpgradeAllowed() ? "Allowed" : "", 70),
                TextColumns.<MappingResource>of("Description", r -> Objects.requireNonNullElse(r.description(), ""), 100));
        table.setItems(model.resources());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-text");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Choose a system above to see what the cloud may call on it."
                : "Nothing on this system can be called yet: add a resource.", model.selectedProperty()));
        table.setPlaceholder(empty);
        VBox top = new VBox(6, title, buttons());
        top.setPadding(new javafx.geometry.Insets(0, 12, 0, 12));
        pane = new VBox(8, top, table);
        pane.getStyleClass().add("resource-pane");
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setMinWidth(300);
        pane.setMinWidth(300);
    }

    Node node() {
        return pane;
    }

    private Node buttons() {
        Button add = new Button("Add resource…", new FontIcon(Feather.PLUS));
        add.setId("add-resource");
        add.setOnAction(e -> addResource());
        Button toggle = new Button();
        toggle.setId("toggle-resource");
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            MappingResource r = table.getSelectionModel().getSelectedItem();
            return r != null && !r.enabled() ? "Enable" : "Disable";
        }, table.getSelectionModel().selectedItemProperty()));
        toggle.setOnAction(e -> {
            MappingResource resource = table.getSelectionModel().getSelectedItem();
            if (resource != null) {
                model.setEnabled(resource, !resource.enabled());
            }
        });
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-resource");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> deleteResource());
        BooleanBinding noMapping = model.selectedProperty().isNull().or(model.calls().busyProperty());
        add.disableProperty().bind(noMapping);
        BooleanBinding noResource = table.getSelectionModel().selectedItemProperty().isNull().or(noMapping);
        toggle.disableProperty().bind(noResource);
        delete.disableProperty().bind(noResource);
        for (Button button : new Button[] {add, toggle, delete}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 8, add, toggle, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private String access(MappingResource resource) {
        SystemMapping mapping = model.selectedProperty().get();
        boolean http = mapping == null || AccessChoices.isHttp(mapping.protocol());
        if (resource.exactMatchOnly()) {
            return http ? "Path only" : "Exact name";
        }
        return http ? "Path and sub-paths" : "Prefix";
    }

    private void addResource() {
        SystemMapping mapping = model.selectedProperty().get();
        if (mapping == null) {
            return;
        }
        ResourceDialog.ask(pane, mapping.key(), mapping.protocol(),
                        model.resources().stream().map(MappingResource::id).toList())
                .ifPresent(model::addResource);
    }

    private void deleteResource() {
        MappingResource resource = table.getSelectionModel().getSelectedItem();
        SystemMapping mapping = model.selectedProperty().get();
        if (resource != null && mapping != null && Confirmations.ask(pane, "Delete resource " + resource.id() + "?",
                "Cloud applications can no longer call " + resource.id() + " on " + mapping.key() + ".", "Delete")) {
            model.deleteResource(resource);
        }
    }
}
