package dev.connectorconsole.ui.container;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The "Back up first" part of a confirmation, for a connector the app is not signed in to. */
final class BackupFirstPane extends VBox {
    BackupFirstPane(BackupFirstChoice choice) {
        super(8);
        setId("backup-first-pane");
        CheckBox wanted = new CheckBox("Back up first: sign in for it and keep the backup on the Backups screen");
        wanted.setId("backup-first-wanted");
        wanted.selectedProperty().bindBidirectional(choice.wantedProperty());
        PasswordField admin = password("backup-first-admin-password", choice.adminPasswordProperty());
        PasswordField backup = password("backup-first-password", choice.backupPasswordProperty());
        PasswordField again = password("backup-first-again", choice.backupAgainProperty());
        Label backupLabel = new Label("Backup password");
        Label againLabel = new Label("Repeat it");
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, new Label("Admin password of " + choice.user()), admin);
        form.addRow(1, backupLabel, backup);
        form.addRow(2, againLabel, again);
        Label remembered = new Label("The remembered backup password is used.");
        remembered.setId("backup-first-remembered");
        Label certificate = new Label();
        certificate.setId("backup-first-certificate");
        certificate.setWrapText(true);
        certificate.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        certificate.textProperty().bind(choice.certificateProperty());
        Label message = new Label();
        message.setId("backup-first-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.textProperty().bind(choice.messageProperty());
        for (var node : new javafx.scene.Node[] {backupLabel, backup, againLabel, again}) {
            node.visibleProperty().bind(choice.backupPasswordRememberedProperty().not());
            node.managedProperty().bind(node.visibleProperty());
        }
        remembered.visibleProperty().bind(choice.backupPasswordRememberedProperty());
        remembered.managedProperty().bind(remembered.visibleProperty());
        VBox details = new VBox(8, form, remembered, certificate);
        details.disableProperty().bind(wanted.selectedProperty().not());
        getChildren().addAll(wanted, details, message);
        choice.load();
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
