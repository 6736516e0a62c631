package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.ui.fx.TextColumns;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** The columns of the subaccount table: plain text with the full value as tooltip, and the tunnel state. */
final class SubaccountColumns {
    private SubaccountColumns() {}

    static TableColumn<SubaccountRow, String> text(String name, Function<SubaccountRow, String> value, double width) {
        return TextColumns.of(name, value, width);
    }

    static TableColumn<SubaccountRow, TunnelState> state() {
        TableColumn<SubaccountRow, TunnelState> column = new TableColumn<>("State");
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue().state()));
        column.setPrefWidth(TunnelStateLabel.WIDEST);
        column.setMinWidth(TunnelStateLabel.WIDEST);
        column.setCellFactory(c -> new TableCell<>() {
            private final TunnelStateLabel label = new TunnelStateLabel();

            @Override
            protected void updateItem(TunnelState state, boolean empty) {
                super.updateItem(state, empty);
                label.show(empty ? null : state);
                setGraphic(empty ? null : label);
                setText(null);
            }
        });
        return column;
    }
}
