package dev.connectorconsole.ui.dashboard;

import java.time.Instant;
import java.util.Objects;
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
        Tooltip[] shared = new Tooltip[1]; // one per column, made at the first hover
        column.setCellFactory(c -> new TableCell<>() {
            private String addedClass;
            private AtTime shownItem;

            {
                // The tooltip's text is made when the pointer comes, into the one tooltip the column's cells share:
                // the table makes its cells anew for each new reading, and a tooltip per cell made that slow.
                addEventHandler(MouseEvent.MOUSE_ENTERED, e -> showTip());
            }

            private void showTip() {
                String tip = shownItem == null || tooltip == null ? null : tooltip.apply(shownItem.row(), shownItem.now());
                if (tip == null) {
                    if (getTooltip() != null) {
                        setTooltip(null);
                    }
                    return;
                }
                if (shared[0] == null) {
                    shared[0] = new Tooltip();
                }
                shared[0].setText(tip);
                if (getTooltip() != shared[0]) {
                    setTooltip(shared[0]);
                }
            }

            @Override
            protected void updateItem(AtTime item, boolean empty) {
                super.updateItem(item, empty);
                DashboardRow row = item == null ? null : item.row();
                boolean shows = !empty && row != null;
                String style = !shows || styleClass == null ? null : styleClass.apply(row, item.now());
                if (!Objects.equals(style, addedClass)) { // a style class changed only when it must be
                    if (addedClass != null) {
                        getStyleClass().remove(addedClass);
                    }
                    if (style != null) {
                        getStyleClass().add(style);
                    }
                    addedClass = style;
                }
                shownItem = shows ? item : null;
                setText(shows ? text.apply(row, item.now()) : null);
                if (getTooltip() != null) {
                    if (shows && isHover()) {
                        showTip();
                    } else {
                        setTooltip(null);
                    }
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
