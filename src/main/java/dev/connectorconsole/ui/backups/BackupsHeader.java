package dev.connectorconsole.ui.backups;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The title row: which connector, what is running, "Take backup now", "Restore from file…" and reload; the buttons
 * are there only while signed in.
 */
final class BackupsHeader {
    private BackupsHeader() {}

    static Node build(BackupsViewModel model, Runnable onTake, Runnable onRestoreFile) {
        Label title = new Label("Backups");
        title.getStyleClass().add(Styles.TITLE_3);
        Label connector = new Label();
        connector.setId("backups-connector");
        connector.getStyleClass().add(Styles.TEXT_MUTED);
        connector.textProperty().bind(Bindings.when(model.connectorProperty().isEmpty()).then("")
                .otherwise(Bindings.concat("of ", model.connectorProperty())));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label busy = new Label(null, spinner);
        busy.setId("backups-busy");
        busy.textProperty().bind(model.busyTextProperty());
        busy.getStyleClass().add(Styles.TEXT_MUTED);
        busy.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button take = new Button("Take backup now", new FontIcon(Feather.DOWNLOAD));
        take.setId("take-backup");
        take.getStyleClass().add(Styles.ACCENT);
        take.setOnAction(e -> onTake.run());
        Button fromFile = new Button("Restore from file…", new FontIcon(Feather.UPLOAD));
        fromFile.setId("restore-from-file");
        fromFile.setOnAction(e -> onRestoreFile.run());
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refresh-backups");
        refresh.getStyleClass().add(Styles.BUTTON_ICON);
        refresh.setTooltip(new Tooltip("Read the list again (F5)"));
        refresh.setOnAction(e -> model.refresh());
        for (Node node : new Node[] {take, fromFile, refresh}) {
            node.disableProperty().bind(model.busyProperty());
            node.visibleProperty().bind(model.availableProperty());
        }
        HBox header = new HBox(title, connector, busy, spacer, take, fromFile, refresh);
        header.getStyleClass().add("screen-header");
        return header;
    }
}
