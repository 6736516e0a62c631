package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.connector.SystemMapping;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import dev.connectorconsole.ui.subaccounts.FormMessageArea;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The right side: the selected system's form (or a new one's), its message line, Save / Discard and Delete. */
final class MappingFormPane {
    private final ScrollPane scroll;

    MappingFormPane(AccessControlViewModel model, Node owner) {
        Label heading = new Label();
        heading.setId("mapping-form-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Expose a system" : model.selectedProperty().get().key(), model.selectedProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleRow = new HBox(10, heading, gap, deleteButton(model, owner));
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(14, titleRow, MappingFields.build(model),
                FormMessageArea.create(model.form().messageProperty()), saveBar(model));
        content.setPadding(new Insets(16, 20, 20, 20));
        content.getStyleClass().add("mapping-form");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(360);
    }

    Node node() {
        return scroll;
    }

    private static Node saveBar(AccessControlViewModel model) {
        MappingForm form = model.form();
        Button save = new Button();
        save.setId("save-mapping");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(form.modeProperty().isEqualTo(MappingForm.Mode.ADD))
                .then("Add system").otherwise("Save changes"));
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button discard = new Button("Discard changes");
        discard.setId("discard-mapping");
        discard.disableProperty().bind(form.dirtyProperty().not().or(model.calls().busyProperty()));
        discard.setOnAction(e -> model.select(model.selectedProperty().get()));
        for (Button button : new Button[] {save, discard}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane bar = new FlowPane(8, 8, discard, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(10, new Separator(), bar);
    }

    private static Button deleteButton(AccessControlViewModel model, Node owner) {
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-mapping");
        delete.getStyleClass().add(Styles.DANGER);
        delete.visibleProperty().bind(model.selectedProperty().isNotNull());
        delete.managedProperty().bind(delete.visibleProperty());
        delete.disableProperty().bind(model.calls().busyProperty());
        delete.setOnAction(e -> {
            SystemMapping mapping = model.selectedProperty().get();
            if (mapping != null && Confirmations.ask(owner, "Stop exposing " + mapping.key() + "?",
                    "Cloud applications can no longer reach " + mapping.localHost() + ":" + mapping.localPort()
                            + " through this subaccount. Its " + mapping.totalResourcesCount()
                            + " resource(s) are deleted with it.", "Delete")) {
                model.deleteMapping();
            }
        });
        delete.setMinWidth(Region.USE_PREF_SIZE);
        return delete;
    }
}
