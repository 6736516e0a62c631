package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Under the internal host and port: "Check host" (from inside the connector's network) and what it found, reachable in green or the reason
 * in red. Offered only while the internal host and port are valid and the connector's container runs here.
 */
final class HostCheckRow {
    private HostCheckRow() {}

    static Node build(AccessControlViewModel model) {
        MappingForm form = model.form();
        InternalHostCheck check = model.hostCheck();
        Button run = new Button("Check host", new FontIcon(Feather.ACTIVITY));
        run.setId("check-internal-host");
        run.setMinWidth(Region.USE_PREF_SIZE);
        run.setTooltip(new Tooltip("Connects to the internal host and port from inside the connector container's"
                + " network, where the connector itself connects from."));
        run.setOnAction(e -> check.check(form.localHost().trimmed(), form.localPort().trimmed(),
                form.protocol().value()));
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> check.runningProperty().get()
                        || !form.localHost().isValid() || form.localPort().trimmed().isEmpty(),
                check.runningProperty(), form.localHost().ruleErrorProperty(), form.localPort().valueProperty(),
                model.subaccountProperty(), model.selectedProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(check.runningProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("internal-host-check");
        result.setWrapText(true);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.getStyleClass().add(Styles.TEXT_SMALL);
        show(result, null);
        check.resultProperty().addListener((obs, old, now) -> show(result, now));
        form.localHost().valueProperty().addListener((obs, old, now) -> check.clear());
        form.localPort().valueProperty().addListener((obs, old, now) -> check.clear());
        HBox line = new HBox(8, run, spinner);
        line.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, line, result);
    }

    private static void show(Label label, InternalHostCheck.Result result) {
        label.getStyleClass().removeAll("form-message-error", "form-message-success");
        label.setVisible(result != null);
        label.setManaged(result != null);
        if (result == null) {
            label.setText("");
            label.setGraphic(null);
            return;
        }
        label.setText(result.text());
        label.getStyleClass().add(result.reachable() ? "form-message-success" : "form-message-error");
        label.setGraphic(new FontIcon(result.reachable() ? Feather.CHECK_CIRCLE : Feather.ALERT_CIRCLE));
    }
}
