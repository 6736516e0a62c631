package dev.connectorconsole.ui.dashboard;

import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/** A text column of the dashboard: its text, tooltip and style from the row and the time it was read. */
final class DashboardColumn {
    private final Supplier<Instant> now;

    /** @param now the time the rows shown were read, for relative times */
    DashboardColumn(Supplier<Instant> now) {
        this.now = now;
    }

    /** A cell's value: the row and the time its relative times ("3 h ago") count from. */
    record AtTime(DashboardRow row, Instant now) {}

    TableColumn<DashboardRow, AtTime> of(String name, double width, BiFunction<DashboardRow, Instant, String> text,
                                         BiFunction<DashboardRow, Instant, String> tooltip,
                                         BiFunction<DashboardRow, Instant, String> styleClass) {
        TableColumn<DashboardRow, AtTime> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(
                new AtTime(data.getValue(), now.get())));
        column.setCellFactory(c -> new TableCell<>() {
            private String addedClass;
            private String tipText;

            {
                // The tooltip is made when the pointer comes: the table makes its cells anew for each new reading,
                // and a tooltip per cell made that slow.
                addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                    if (tipText != null && getTooltip() == null) {
                        setTooltip(new Tooltip(tipText));
                    }
                });
            }

            @Override
            protected void updateItem(AtTime item, boolean empty) {
                super.updateItem(item, empty);
                DashboardRow row = item == null ? null : item.row();
                if (addedClass != null) {
                    getStyleClass().remove(addedClass);
                    addedClass = null;
                }
                if (empty || row == null) {
                    setText(null);
                    tipText = null;
                    setTooltip(null);
                    return;
                }
                Instant now = item.now();
                setText(text.apply(row, now));
                tipText = tooltip == null ? null : tooltip.apply(row, now);
                if (tipText == null) {
                    setTooltip(null);
                } else if (getTooltip() != null) {
                    getTooltip().setText(tipText);
                }
                String style = styleClass == null ? null : styleClass.apply(row, now);
                if (style != null) {
                    getStyleClass().add(style);
                    addedClass = style;
                }
            }
        });
        return column;
    }

    /** Type-safe list of mixed column types. */
    @SafeVarargs
    static java.util.List<TableColumn<DashboardRow, ?>> all(TableColumn<DashboardRow, ?>... columns) {
        return java.util.List.of(columns);
    }
}
