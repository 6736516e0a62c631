package dev.connectorconsole.ui.container;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.lifecycle.ItemFate;
import dev.connectorconsole.lifecycle.StatePreview;

/** One row per folder and props.ini: its name, kept or lost, and where it is kept or why it is lost. */
final class StatePreviewPane extends GridPane {
    StatePreviewPane(StatePreview preview) {
        setHgap(10);
        setVgap(6);
        setId("state-preview");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints details = new ColumnConstraints();
        details.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(names, details);
        int row = 0;
        for (ItemFate item : preview.items()) {
            Label name = new Label(item.name(), new FontIcon(item.kept() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE));
            name.getStyleClass().add("mono");
            Label detail = new Label(item.detail());
            detail.setId("fate-" + item.name().replace('.', '-'));
            detail.setWrapText(true);
            detail.setMinHeight(Region.USE_PREF_SIZE);
            detail.getStyleClass().add(item.kept() ? "text-muted" : "field-message");
            addRow(row++, name, detail);
        }
    }
}
