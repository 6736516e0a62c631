package dev.connectorconsole.ui.adopt;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.Credentials;

/**
 * Asks what a configuration backup needs: the connector's admin credentials (kept in memory for this one request), a
 * password the connector encrypts the backup's secrets with, and where to save the zip. Shows the certificate the
 * connector presents, which the download is pinned to. When the app is signed in to this connector, the backup goes
 * through that sign-in: the dialog shows who is signed in and asks for no admin credentials.
 */
final class BackupDialog extends Dialog<Void> {
    static final ButtonType BACK_UP = new ButtonType("Back up", ButtonBar.ButtonData.OK_DONE);

    private final AdoptViewModel model;
    private final TextField user = new TextField("Administrator");
    private final PasswordField adminPassword = new PasswordField();
    private final PasswordField backupPassword = new PasswordField();
    private final PasswordField backupPasswordAgain = new PasswordField();
    private final TextField target = new TextField();
    private final Label fingerprint = new Label("Reading the connector's certificate…");
    private final Label message = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    /** The user the app is signed in as on this connector; empty when the admin credentials are asked for. */
    private final Optional<String> signedIn;
    private String sha256;

    BackupDialog(Window owner, AdoptViewModel model, ConnectorCandidate candidate) {
        this.model = model;
        this.signedIn = model.signedInUser();
        initOwner(owner);
        setTitle("Back up configuration");
        setHeaderText("Back up the configuration of '" + candidate.name() + "'");
        getDialogPane().getStyleClass().add("backup-dialog");
        getDialogPane().getButtonTypes().addAll(BACK_UP, ButtonType.CANCEL);

        user.setId("backup-user");
        adminPassword.setId("backup-admin-password");
        adminPassword.setPromptText("The connector's admin password");
        backupPassword.setId("backup-password");
        backupPassword.setPromptText("Encrypts the secrets in the backup");
        backupPasswordAgain.setId("backup-password-again");
        target.setId("backup-target");
        target.setText(Path.of(System.getProperty("user.home"),
                candidate.name() + "-backup-" + LocalDate.now() + ".zip").toString());
        fingerprint.setId("backup-fingerprint");
        fingerprint.getStyleClass().addAll("mono", "field-hint");
        fingerprint.setWrapText(true);
        message.setId("backup-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        working.setPrefSize(18, 18);
        working.setVisible(false);

        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseTarget());
        HBox targetRow = new HBox(8, target, choose);
        HBox.setHgrow(target, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow());
        int row = 0;
        if (signedIn.isPresent()) {
            Label session = new Label("Signed in as " + signedIn.get());
            session.setId("backup-signed-in");
            form.addRow(row++, new Label("Admin"), session);
        } else {
            form.addRow(row++, new Label("Admin user"), user);
            form.addRow(row++, new Label("Admin password"), adminPassword);
        }
        form.addRow(row++, new Label("Backup password"), backupPassword);
        form.addRow(row++, new Label("Repeat it"), backupPasswordAgain);
        form.addRow(row++, new Label("Save to"), targetRow);
        form.add(new Label("Certificate"), 0, row);
        form.add(fingerprint, 1, row);

        Label explanation = new Label("The connector writes a zip of its configuration: users, subaccounts, "
                + "certificates. Keep the backup password: restoring needs it.");
        explanation.setWrapText(true);
        explanation.getStyleClass().add("text-muted");
        VBox content = new VBox(14, explanation, form, new HBox(8, working, message));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);

        Button backUp = (Button) getDialogPane().lookupButton(BACK_UP);
        backUp.setId("backup-confirm");
        backUp.setDisable(true);
        backUp.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            start(backUp);
        });
        setOnHidden(e -> forgetPasswords());

        model.fetchCertificate(certificate -> {
            sha256 = certificate.sha256();
            fingerprint.setText("SHA-256 " + certificate.sha256() + "\n" + certificate.subject());
            backUp.setDisable(false);
        }, problem -> fingerprint.setText("The certificate could not be read: " + problem));
    }

    private void start(Button backUp) {
        if (!backupPassword.getText().equals(backupPasswordAgain.getText())) {
            message.setText("The two backup passwords differ.");
            return;
        }
        if (target.getText().isBlank()) {
            message.setText("Choose where to save the backup.");
            return;
        }
        message.setText("");
        working.setVisible(true);
        backUp.setDisable(true);
        Runnable onSaved = () -> {
            working.setVisible(false);
            close();
        };
        Consumer<String> onFailure = problem -> {
            working.setVisible(false);
            backUp.setDisable(false);
            message.setText(problem);
        };
        Secret password = new Secret(backupPassword.getText());
        Path file = Path.of(target.getText().trim());
        if (signedIn.isPresent()) {
            model.backupSignedIn(password, file, onSaved, onFailure);
        } else {
            Credentials admin = new Credentials(user.getText().trim(), new Secret(adminPassword.getText()));
            model.backup(sha256, admin, password, file, onSaved, onFailure);
        }
    }

    private void chooseTarget() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the configuration backup");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        File current = new File(target.getText());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        chooser.setInitialFileName(current.getName());
        File chosen = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            target.setText(chosen.getAbsolutePath());
        }
    }

    private void forgetPasswords() {
        adminPassword.clear();
        backupPassword.clear();
        backupPasswordAgain.clear();
    }

    private static ColumnConstraints grow() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        return column;
    }
}
