package dev.connectorconsole.ui.fx;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps every column of a table at least as wide as its header text: a narrow window or a resize policy may squeeze
 * the data, never the header to "Loc…". Measured from the header's own label once the table's style is known.
 */
public final class WholeHeaders {
    private static final double SORT_ARROW_ROOM = 8;

    private WholeHeaders() {}

    public static void of(TableView<?> table) {
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                Platform.runLater(() -> fit(table));
            }
        });
    }

    private static void fit(TableView<?> table) {
        table.applyCss();
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null) {
                continue;
            }
            for (Node child : header.getChildrenUnmodifiable()) {
                if (child instanceof Label label) {
                    double whole = Math.ceil(label.prefWidth(-1) + header.snappedLeftInset()
                            + header.snappedRightInset() + SORT_ARROW_ROOM);
                    header.getTableColumn().setMinWidth(Math.max(header.getTableColumn().getMinWidth(), whole));
                }
            }
        }
        // The resize policy shared the width out before the minimums were known: let it share it out again.
        var policy = table.getColumnResizePolicy();
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setColumnResizePolicy(policy);
    }
}
