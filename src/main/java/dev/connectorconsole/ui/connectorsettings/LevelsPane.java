package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.LogAndTraceLevels;
import dev.connectorconsole.connector.SubaccountSummary;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Log and trace tab: connector and other log levels, CPIC trace level, TLS trace, audit log level and cleanup;
 * then one subaccount's own traces and audit level.
 */
final class LevelsPane {
    private LevelsPane() {}

    static Node build(ConnectorSettingsViewModel model) {
        LevelsForm form = model.levels();
        GridPane grid = new GridPane(12, 8);
        row(grid, 0, "Cloud Connector log level", choice("scc-log-level", LogAndTraceLevels.LEVELS, form.sccLevelProperty(), null));
        row(grid, 1, "Other components' log level",
                choice("other-log-level", LogAndTraceLevels.LEVELS, form.otherLevelProperty(), null));
        row(grid, 2, "CPIC trace level", choice("cpic-trace-level", List.of(0, 1, 2, 3), form.cpicLevelProperty(), null));
        CheckBox tls = new CheckBox("Trace TLS handshakes");
        tls.setId("tls-trace");
        tls.selectedProperty().bindBidirectional(form.tlsTraceProperty());
        grid.add(tls, 1, 3);
        row(grid, 4, "Audit log level", choice("audit-log-level", AuditLogSettings.LEVELS, form.auditLevelProperty(), null));
        row(grid, 5, "Delete audit logs after", choice("audit-cleanup", AuditLogSettings.CLEANUP_DAYS, form.auditCleanupProperty(),
                days -> days == 0 ? "never" : days + " days"));
        VBox box = new VBox(12, FormParts.note("Raise the levels only while you look into a problem: "
                + "DEBUG, TRACE and ALL write a lot and slow the connector down."),
                grid, FormParts.button("save-levels", "Save levels", model::saveLevels, model.busyProperty(), true),
                FormParts.status("levels-message", form.messageProperty()), perSubaccount(model));
        box.setPadding(new Insets(12));
        return box;
    }

    /** One subaccount's traffic and payload/SNC traces and audit level, read when it is chosen. */
    private static Node perSubaccount(ConnectorSettingsViewModel model) {
        SubaccountLevels levels = model.subaccountLevels();
        ChoiceBox<SubaccountSummary> subaccount = new ChoiceBox<>(levels.subaccounts());
        subaccount.setId("subaccount-trace-subaccount");
        subaccount.valueProperty().bindBidirectional(levels.chosenProperty());
        subaccount.setConverter(new StringConverter<>() {
            @Override public String toString(SubaccountSummary item) {
                return item == null ? "" : item.subaccount() + " (" + item.regionHost() + ")";
            }
            @Override public SubaccountSummary fromString(String string) { return null; }
        });
        CheckBox traffic = new CheckBox("Traffic trace (requests and answers through the tunnel)");
        traffic.setId("subaccount-traffic-trace");
        traffic.selectedProperty().bindBidirectional(levels.trafficTraceProperty());
        CheckBox payload = new CheckBox("Payload and SNC trace");
        payload.setId("subaccount-payload-trace");
        payload.selectedProperty().bindBidirectional(levels.payloadTraceProperty());
        GridPane grid = new GridPane(12, 8);
        row(grid, 0, "Subaccount", subaccount);
        grid.add(traffic, 1, 1);
        grid.add(payload, 1, 2);
        row(grid, 3, "Its audit log level",
                choice("subaccount-audit-level", SubaccountLevels.auditLevels(), levels.auditLevelProperty(), null));
        Label title = new Label("Per subaccount");
        title.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        return new VBox(8, title, FormParts.note("Traces of one subaccount only; the traffic trace can hold business "
                + "data, so switch it off when you are done."), grid,
                FormParts.button("save-subaccount-levels", "Save for this subaccount", levels::save, model.busyProperty(), false),
                FormParts.status("subaccount-levels-message", levels.messageProperty()));
    }

    private static void row(GridPane grid, int row, String text, ChoiceBox<?> choice) {
        Label label = new Label(text);
        label.setLabelFor(choice);
        grid.addRow(row, label, choice);
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> values, ObjectProperty<T> value,
                                           java.util.function.Function<T, String> text) {
        ChoiceBox<T> choice = new ChoiceBox<>();
        choice.setId(id);
        choice.getItems().setAll(values);
        if (text != null) {
            choice.setConverter(new StringConverter<>() {
                @Override public String toString(T item) { return item == null ? "" : text.apply(item); }
                @Override public T fromString(String string) { return null; }
            });
        }
        choice.valueProperty().bindBidirectional(value);
        return choice;
    }
}
