package dev.connectorconsole.ui.dashboard;

import java.util.function.BiConsumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What a dashboard row leads to: its access control, by double click or the row's context menu. */
final class DashboardRowActions {
    private DashboardRowActions() {}

    /** @param openAccess receives the row's region host and subaccount */
    static void install(TableView<DashboardRow> table, BiConsumer<String, String> openAccess) {
        // One menu for the table, for the row it was asked on: a menu per row made refilling the table slow.
        MenuItem access = new MenuItem("Access control…", new FontIcon(Feather.SHIELD));
        access.setId("row-access-control");
        ContextMenu menu = new ContextMenu(access);
        table.setRowFactory(t -> {
            TableRow<DashboardRow> row = new TableRow<>();
            row.setOnContextMenuRequested(e -> {
                if (!row.isEmpty()) {
                    access.setOnAction(chosen -> open(row, openAccess));
                    menu.show(row, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    open(row, openAccess);
                }
            });
            return row;
        });
    }

    private static void open(TableRow<DashboardRow> row, BiConsumer<String, String> openAccess) {
        DashboardRow item = row.getItem();
        if (item != null) {
            openAccess.accept(item.regionHost(), item.subaccount());
        }
    }
}
