package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.ui.fx.WholeHeaders;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.ui.session.SessionState;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side of the screen: the subaccount table (with an empty state) and the list's load error above it. Keeps
 * the table's selection and the model's selected subaccount in step; choosing another row first asks whether unsaved
 * changes may be dropped, and puts the old row back when not.
 */
final class SubaccountListPane {
    private final SubaccountsViewModel model;
    private final BooleanSupplier canLeave;
    private final TableView<SubaccountRow> table = new TableView<>();
    private final VBox pane;
    private boolean revertingSelection;

    /** @param canLeave asks the user about unsaved changes; false keeps the current selection */
    SubaccountListPane(SubaccountsViewModel model, BooleanSupplier canLeave) {
        this.model = model;
        this.canLeave = canLeave;
        table.setId("subaccount-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(
                SubaccountColumns.text("Display name", SubaccountRow::displayName, 130),
                SubaccountColumns.state(),
                SubaccountColumns.text("Region", SubaccountRow::regionHost, 150),
                SubaccountColumns.text("Subaccount", SubaccountRow::subaccount, 110),
                SubaccountColumns.text("Location", row -> row.locationId().isEmpty() ? "default" : row.locationId(),
                        70));
        table.setItems(model.rows());
        table.setPlaceholder(placeholder());
        followSelection();
        pane = new VBox(listError(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.setMinWidth(320);
    }

    Node node() {
        return pane;
    }

    void clearSelection() {
        table.getSelectionModel().clearSelection();
    }

    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (revertingSelection || now == null || now.equals(model.selectedProperty().get())) {
                return;
            }
            if (!canLeave.getAsBoolean()) {
                revertingSelection = true;
                table.getSelectionModel().select(old);
                revertingSelection = false;
                return;
            }
            model.select(now);
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (!now.equals(table.getSelectionModel().getSelectedItem())) {
                revertingSelection = true;
                table.getSelectionModel().select(now);
                revertingSelection = false;
            }
        });
    }

    private Label listError() {
        Label error = new Label();
        error.getStyleClass().add("form-message-error");
        error.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        error.setWrapText(true);
        error.textProperty().bind(model.listErrorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(model.listErrorProperty()));
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    private Node placeholder() {
        FontIcon icon = new FontIcon(Feather.CLOUD_OFF);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label();
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() ->
                model.session().state() == SessionState.SIGNED_IN
                        ? "No subaccounts yet.\nAdd the first one with the form on the right."
                        : "Sign in to a connector to see its subaccounts.", model.session().stateProperty()));
        VBox box = new VBox(icon, text);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
