package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.connector.DomainMapping;
import dev.connectorconsole.ui.fx.TextColumns;
import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import dev.connectorconsole.ui.subaccounts.FormMessageArea;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Domain mappings" tab: the subaccount's domain mappings on the left, add / change / delete on the right. */
final class DomainMappingsPane {
    private DomainMappingsPane() {}

    static Node build(DomainMappingsModel model) {
        TableView<DomainMapping> table = new TableView<>(model.domains());
        table.setId("domain-table");
        dev.connectorconsole.ui.fx.WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                TextColumns.<DomainMapping>of("Internal domain", DomainMapping::internalDomain, 220),
                TextColumns.<DomainMapping>of("Virtual domain", DomainMapping::virtualDomain, 220));
        Label empty = new Label("No domain mappings. Add one when on-premise systems set cookies or redirects for "
                + "their internal domain.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-text");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(model.selectedProperty().get())) {
                model.select(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(now);
            }
        });
        SplitPane split = new SplitPane(table, form(model, table));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);
        return split;
    }

    private static Node form(DomainMappingsModel model, Node owner) {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Map a domain" : model.selectedProperty().get().internalDomain(), model.selectedProperty()));
        FormLayout layout = new FormLayout();
        TextField internal = new TextField();
        internal.setPromptText("e.g. corp.local");
        internal.textProperty().bindBidirectional(model.internalDomain().valueProperty());
        layout.add(model.internalDomain(), internal, "The domain on-premise systems use in cookies and redirects.");
        TextField virtual = new TextField();
        virtual.setPromptText("e.g. cloud.example");
        virtual.textProperty().bindBidirectional(model.virtualDomain().valueProperty());
        layout.add(model.virtualDomain(), virtual, "What the cloud sees instead.");
        layout.node().disableProperty().bind(model.calls().busyProperty());
        Button save = new Button();
        save.setId("save-domain");
        save.getStyleClass().add(Styles.ACCENT);
        save.textProperty().bind(Bindings.when(model.selectedProperty().isNull()).then("Add domain mapping")
                .otherwise("Save changes"));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button add = new Button("New", new FontIcon(Feather.PLUS));
        add.setId("new-domain");
        add.setOnAction(e -> model.startAdd());
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-domain");
        delete.getStyleClass().add(Styles.DANGER);
        delete.visibleProperty().bind(model.selectedProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> {
            DomainMapping domain = model.selectedProperty().get();
            if (domain != null && Confirmations.ask(owner, "Delete the mapping of " + domain.internalDomain() + "?",
                    "Cookies and redirects for " + domain.internalDomain() + " reach the cloud unchanged again.",
                    "Delete")) {
                model.delete();
            }
        });
        for (Button button : new Button[] {save, add, delete}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane buttons = new FlowPane(8, 8, delete, add, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label message = FormMessageArea.create(model.messageProperty());
        message.setId("domain-message");
        VBox content = new VBox(14, title, layout.node(), message, buttons);
        content.setPadding(new Insets(16, 20, 20, 20));
        content.setMinWidth(320);
        return content;
    }
}
