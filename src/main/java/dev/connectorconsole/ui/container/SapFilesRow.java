package dev.connectorconsole.ui.container;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/** The upgrade dialog's folder of new SAP downloads: typed or chosen, checked, and what it would build. */
final class SapFilesRow {
    private SapFilesRow() {}

    static VBox create(UpgradeViewModel model, Runnable fit) {
        TextField folder = new TextField();
        folder.setId("upgrade-folder");
        folder.setPromptText("Folder with sapcc-<version>-linux-x64 and the SAP JVM or SapMachine download");
        folder.textProperty().bindBidirectional(model.folderProperty());
        folder.setOnAction(e -> model.checkFolder());
        Button choose = new Button("Choose…");
        choose.setId("upgrade-choose-folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder with the new SAP downloads");
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                model.folderProperty().set(chosen.getAbsolutePath());
                model.checkFolder();
            }
        });
        Button check = new Button("Check");
        check.setId("upgrade-check-folder");
        check.setOnAction(e -> model.checkFolder());
        HBox row = new HBox(8, new Label("New SAP files"), folder, choose, check);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Label found = new Label();
        found.setId("upgrade-sap-files");
        found.setWrapText(true);
        found.setMinHeight(Region.USE_PREF_SIZE);
        found.getStyleClass().add(Styles.TEXT_MUTED);
        found.textProperty().bind(model.sapFilesProperty());
        found.visibleProperty().bind(model.sapFilesProperty().isNotEmpty());
        found.managedProperty().bind(found.visibleProperty());
        found.textProperty().addListener((obs, old, now) -> fit.run());
        return new VBox(6, row, found);
    }
}
