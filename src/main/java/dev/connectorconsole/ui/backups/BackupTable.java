package dev.connectorconsole.ui.backups;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.connectorconsole.ui.fx.WholeHeaders;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The backups kept for the connector, newest first: date, connector version, size; its selection is the model's. */
final class BackupTable {
    private BackupTable() {}

    static TableView<BackupRow> build(BackupsViewModel model) {
        TableView<BackupRow> table = new TableView<>(model.rows());
        table.setId("backup-table");
        WholeHeaders.of(table);
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(column("Taken", BackupRow::date, 180), column("Connector version", BackupRow::version, 160),
                column("Size", BackupRow::size, 100));
        table.setPlaceholder(placeholder());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        return table;
    }

    private static TableColumn<BackupRow, String> column(String title, Function<BackupRow, String> value, double width) {
        TableColumn<BackupRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static Node placeholder() {
        FontIcon icon = new FontIcon(Feather.ARCHIVE);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label("No backups of this connector yet.\nTake one now: a restore needs one.");
        text.getStyleClass().add("empty-text");
        text.setWrapText(true);
        VBox box = new VBox(icon, text);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
