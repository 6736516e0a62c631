package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.TunnelState;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** A table column showing a tunnel state as icon and word ({@link TunnelStateLabel}), wide enough for the longest. */
public final class TunnelStateColumn {
    private TunnelStateColumn() {}

    public static <R> TableColumn<R, TunnelState> of(String name, Function<R, TunnelState> state) {
        TableColumn<R, TunnelState> column = new TableColumn<>(name);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(state.apply(data.getValue())));
        column.setPrefWidth(TunnelStateLabel.WIDEST);
        column.setMinWidth(TunnelStateLabel.WIDEST);
        column.setCellFactory(c -> new TableCell<>() {
            private final TunnelStateLabel label = new TunnelStateLabel();

            {
                // The label stays in the cell and only hides when the row is empty: taking it out and putting it
                // back made each refill of the table style every label anew.
                setGraphic(label);
                label.setVisible(false);
            }

            @Override
            protected void updateItem(TunnelState item, boolean empty) {
                super.updateItem(item, empty);
                boolean shows = !empty && item != null;
                if (shows) {
                    label.show(item);
                }
                label.setVisible(shows);
                setText(null);
            }
        });
        return column;
    }
}
