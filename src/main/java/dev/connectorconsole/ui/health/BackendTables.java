package dev.connectorconsole.ui.health;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.fx.TextColumns;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Health screen's "Backends" part: each exposed system's connections and traffic, then the slowest calls. */
final class BackendTables {
    private BackendTables() {
    }

    static Node of(HealthViewModel model) {
        TableView<BackendRows.BackendRow> backends = new TableView<>(model.backends());
        backends.setId("health-backends");
        backends.setPlaceholder(new Label("No system exposed yet: add one in Access control."));
        backends.getColumns().addAll(List.of(
                TextColumns.of("Subaccount", BackendRows.BackendRow::subaccount, 170),
                TextColumns.of("System (virtual → internal)", BackendRows.BackendRow::backend, 300),
                TextColumns.of("Protocol", BackendRows.BackendRow::protocol, 80),
                TextColumns.of("Open", (BackendRows.BackendRow row) -> row.active() + " active · " + row.idle() + " idle", 120),
                TextColumns.of("Calls", (BackendRows.BackendRow row) -> Long.toString(row.calls()), 70),
                TextColumns.of("Received", BackendRows.BackendRow::received, 90),
                TextColumns.of("Sent", BackendRows.BackendRow::sent, 90),
                TextColumns.of("Last call", BackendRows.BackendRow::lastCall, 130)));
        TableView<BackendRows.SlowCallRow> slowest = new TableView<>(model.slowest());
        slowest.setId("health-slowest");
        slowest.setPlaceholder(new Label("No calls through the tunnel since the connector started."));
        slowest.getColumns().addAll(List.of(
                TextColumns.of("Started", BackendRows.SlowCallRow::start, 130),
                TextColumns.of("Total ms", (BackendRows.SlowCallRow row) -> Long.toString(row.totalMs()), 80),
                TextColumns.of("In the system ms", (BackendRows.SlowCallRow row) -> Long.toString(row.backendMs()), 130),
                TextColumns.of("System", BackendRows.SlowCallRow::backend, 260),
                TextColumns.of("Resource", BackendRows.SlowCallRow::resource, 160),
                TextColumns.of("User", BackendRows.SlowCallRow::user, 120),
                TextColumns.of("Subaccount", BackendRows.SlowCallRow::subaccount, 170)));
        Label slowestTitle = new Label("Slowest calls");
        slowestTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(backends, Priority.ALWAYS);
        VBox.setVgrow(slowest, Priority.ALWAYS);
        VBox box = new VBox(6, backends, slowestTitle, slowest);
        box.setId("health-backends-part");
        return box;
    }
}
