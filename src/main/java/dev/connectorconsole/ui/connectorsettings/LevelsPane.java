package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.LogAndTraceLevels;
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

/** The Log and trace tab: connector and other log levels, CPIC trace level, TLS trace, audit log level and cleanup. */
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
                FormParts.status("levels-message", form.messageProperty()));
        box.setPadding(new Insets(12));
        return box;
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
