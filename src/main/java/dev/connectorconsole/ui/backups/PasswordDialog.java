package dev.connectorconsole.ui.backups;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.common.Secret;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks the backup password, once per action: for a new backup (twice, and whether to remember it in the secret
 * store) or for a restore (after saying what is lost). When a password is remembered, it is used unless the user types
 * another. The dialog stays open while the connector works and shows its refusal next to the password, keeping what
 * was typed; the fields are cleared when it closes.
 */
final class PasswordDialog extends Dialog<Void> {
    private final BackupPasswordFields fields;
    private final ProgressIndicator working = new ProgressIndicator();

    private PasswordDialog(Window owner, boolean taking, boolean remembered, String header, String text, String action) {
        fields = taking ? new BackupPasswordFields() : BackupPasswordFields.forRestore();
        initOwner(owner);
        setTitle(taking ? "Take backup" : "Restore backup");
        setHeaderText(header);
        getDialogPane().setId(taking ? "take-backup-dialog" : "restore-dialog");
        ButtonType confirmType = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(confirmType, ButtonType.CANCEL);
        fields.remembered(remembered);
        working.setPrefSize(18, 18);
        working.setVisible(false);

        Label explanation = new Label(text);
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(14, explanation, fields.node(), new HBox(8, working));
        content.setPrefWidth(540);
        getDialogPane().setContent(content);
        Button confirm = (Button) getDialogPane().lookupButton(confirmType);
        confirm.setId(taking ? "take-backup-confirm" : "restore-confirm");
        if (!taking) {
            confirm.getStyleClass().add(Styles.DANGER);
        }
        confirm.disableProperty().bind(working.visibleProperty());
        confirm.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            submit();
        });
        setOnHidden(e -> fields.clear());
    }

    /** "Take backup now": the password for a new backup. */
    static PasswordDialog forTake(Window owner, BackupsViewModel model) {
        PasswordDialog dialog = new PasswordDialog(owner, true, model.passwordRememberedProperty().get(),
                "Take a backup of '" + model.connectorProperty().get() + "' now",
                "The connector writes a zip of its configuration: users, subaccounts, access control, certificates."
                        + " It encrypts the secrets in it with this password. Keep the password: restoring needs it.",
                "Take backup");
        dialog.action = (typed, done, failed) -> model.takeBackup().start(typed, dialog.fields.rememberChosen(), done, failed);
        return dialog;
    }

    /** Restore from {@code file}, described as {@code what}: says what is lost before anything happens. */
    static PasswordDialog forRestore(Window owner, BackupsViewModel model, Path file, String what) {
        PasswordDialog dialog = new PasswordDialog(owner, false, model.passwordRememberedProperty().get(),
                "Restore " + what + " onto '" + model.connectorProperty().get() + "'?",
                "The connector's current configuration is replaced by the one in the backup: subaccounts, access"
                        + " control, users with their passwords, and certificates. Whatever changed since the backup"
                        + " was taken is lost. The connector restarts and is unavailable for a moment.",
                "Restore and restart");
        dialog.action = (typed, done, failed) -> model.restore().start(file, typed, done, failed);
        return dialog;
    }

    @FunctionalInterface
    private interface Action {
        void run(Optional<Secret> typed, Runnable done, Consumer<String> failed);
    }

    private Action action;

    private void submit() {
        if (!fields.check()) {
            fitContent();
            return;
        }
        working.setVisible(true);
        action.run(fields.typed(), () -> {
            working.setVisible(false);
            close();
        }, refusal -> {
            working.setVisible(false);
            fields.problem(refusal);
            fitContent();
        });
    }

    /** A longer message makes the dialog taller instead of pushing its buttons out. */
    private void fitContent() {
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }
}
