package dev.connectorconsole.ui.fx;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/** A table column of plain text with the full value as tooltip, for when the column is narrower than the text. */
public final class TextColumns {
    private TextColumns() {}

    public static <R> TableColumn<R, String> of(String name, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(name);
        column.setCellValueFactory(data -> new ReadOnlyStringWrapper(value.apply(data.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            /** One per cell, its text replaced: a new tooltip per update made refilling a table slow. */
            private Tooltip tip;

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (empty || text == null || text.isEmpty()) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(text);
                setTooltip(tip);
            }
        });
        return column;
    }
}
