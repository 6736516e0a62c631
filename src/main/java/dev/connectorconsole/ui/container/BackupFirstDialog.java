package dev.connectorconsole.ui.container;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import dev.connectorconsole.common.Secret;

/** "Back up first…": a backup password (twice) and where to save the zip; the download goes through the sign-in. */
final class BackupFirstDialog extends Dialog<Void> {
    private static final ButtonType BACK_UP = new ButtonType("Back up", ButtonBar.ButtonData.OK_DONE);

    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final TextField target = new TextField();
    private final Label message = new Label();

    BackupFirstDialog(Window owner, ConnectorBackup backup, String container) {
        initOwner(owner);
        setTitle("Back up configuration");
        setHeaderText("Back up the configuration of '" + container + "' through your sign-in");
        getDialogPane().getButtonTypes().addAll(BACK_UP, ButtonType.CANCEL);
        getDialogPane().setId("backup-first-dialog");
        password.setId("backup-first-password");
        again.setId("backup-first-again");
        target.setId("backup-first-target");
        target.setText(Path.of(System.getProperty("user.home"), container + "-backup-" + LocalDate.now() + ".zip").toString());
        message.setId("backup-first-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Backup password"), password);
        form.addRow(1, new Label("Repeat it"), again);
        form.addRow(2, new Label("Save to"), target);
        Label explanation = new Label("The connector writes a zip of its configuration: users, subaccounts,"
                + " certificates. Keep the backup password: restoring needs it.");
        explanation.setWrapText(true);
        VBox content = new VBox(12, explanation, form, message);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        Button confirm = (Button) getDialogPane().lookupButton(BACK_UP);
        confirm.setId("backup-first-confirm");
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            if (!password.getText().equals(again.getText())) {
                message.setText("The two backup passwords differ.");
                return;
            }
            if (target.getText().isBlank()) {
                message.setText("Choose where to save the backup.");
                return;
            }
            message.setText("Backing up…");
            confirm.setDisable(true);
            backup.backup(new Secret(password.getText()), Path.of(target.getText().trim()), this::close, problem -> {
                confirm.setDisable(false);
                message.setText(problem);
            });
        });
        setOnHidden(e -> {
            password.clear();
            again.clear();
        });
    }
}
