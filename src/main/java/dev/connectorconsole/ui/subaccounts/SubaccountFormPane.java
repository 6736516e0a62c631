package dev.connectorconsole.ui.subaccounts;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right side of the screen: the selected subaccount's name and state, its actions, the form fields, the message
 * line and Save / Discard, in a scroll pane.
 */
final class SubaccountFormPane {
    private final ScrollPane scroll;

    SubaccountFormPane(SubaccountsViewModel model, SubaccountActionBar actions) {
        VBox content = new VBox(14, titleRow(model), actions.node(),
                SubaccountFields.build(model), FormMessageArea.create(model.form().messageProperty()), saveBar(model));
        content.setPadding(new Insets(16, 20, 20, 20));
        content.getStyleClass().add("subaccount-form");
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setMinWidth(420);
    }

    Node node() {
        return scroll;
    }

    private static Node titleRow(SubaccountsViewModel model) {
        Label heading = new Label();
        heading.setId("form-title");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? "Add a subaccount"
                : model.selectedProperty().get().displayName(), model.selectedProperty()));
        TunnelStateLabel state = new TunnelStateLabel();
        state.setId("form-state");
        model.selectedProperty().addListener((obs, old, now) -> state.show(now == null ? null : now.state()));
        HBox titleRow = new HBox(10, heading, state);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        return titleRow;
    }

    private static Node saveBar(SubaccountsViewModel model) {
        SubaccountForm form = model.form();
        Button save = new Button();
        save.setId("save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.textProperty().bind(Bindings.when(form.modeProperty().isEqualTo(SubaccountForm.Mode.ADD))
                .then("Add and connect").otherwise("Save changes"));
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button discard = new Button("Discard changes");
        discard.setId("discard");
        discard.disableProperty().bind(form.dirtyProperty().not().or(model.busyProperty()));
        discard.setOnAction(e -> {
            if (model.selectedProperty().get() == null) {
                model.startAdd();
            } else {
                model.select(model.selectedProperty().get());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, discard, save);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return new VBox(10, new Separator(), bar);
    }
}
