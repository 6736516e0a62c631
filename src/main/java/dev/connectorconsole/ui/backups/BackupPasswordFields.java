package dev.connectorconsole.ui.backups;

import dev.connectorconsole.common.Secret;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The backup password, as the Backups screen asks it: the remembered one when there is one (unless the user types
 * another), else typed; for a new backup typed twice and optionally remembered in the secret store, for a restore
 * once. Used by the backup dialogs and by those that take a backup on the way (an upgrade). The fields are cleared
 * with {@link #clear()}; nothing here is logged or stored.
 */
public final class BackupPasswordFields {
    private final PasswordField password = new PasswordField();
    private final PasswordField again = new PasswordField();
    private final CheckBox useRemembered = new CheckBox("Use the remembered backup password");
    private final CheckBox remember = new CheckBox("Remember it for the next backups and restores");
    private final Label problem = new Label();
    private final GridPane form = new GridPane();
    private final boolean forNewBackup;

    /** For a new backup. */
    public BackupPasswordFields() {
        this(true);
    }

    /** For restoring a backup: typed once, never remembered from here. */
    static BackupPasswordFields forRestore() {
        return new BackupPasswordFields(false);
    }

    private BackupPasswordFields(boolean forNewBackup) {
        this.forNewBackup = forNewBackup;
        password.setId("backup-password");
        password.setPromptText(forNewBackup ? "Encrypts the secrets in the backup" : "The password the backup was taken with");
        again.setId("backup-password-again");
        useRemembered.setId("use-remembered-password");
        remember.setId("remember-backup-password");
        problem.setId("backup-password-message");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        password.disableProperty().bind(useRemembered.selectedProperty());
        again.disableProperty().bind(useRemembered.selectedProperty());
        remember.disableProperty().bind(useRemembered.selectedProperty());
        form.setHgap(12);
        form.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.add(useRemembered, 1, 0);
        form.addRow(1, new Label("Backup password"), password);
        form.add(problem, 1, 2);
        if (forNewBackup) {
            form.addRow(3, new Label("Repeat it"), again);
            form.add(remember, 1, 4);
        }
        remembered(false);
    }

    public Node node() {
        return form;
    }

    /** Whether a password is remembered for this connector (known once the secret store answered). */
    public void remembered(boolean remembered) {
        useRemembered.setSelected(remembered);
        useRemembered.setVisible(remembered);
        useRemembered.setManaged(remembered);
    }

    /** False, with the reason next to the field, when the typed passwords are missing or differ. */
    public boolean check() {
        if (!useRemembered.isSelected()) {
            if (password.getText().isEmpty()) {
                problem.setText("Enter the backup password.");
                return false;
            }
            if (forNewBackup && !password.getText().equals(again.getText())) {
                problem.setText("The two passwords differ.");
                return false;
            }
        }
        problem.setText("");
        return true;
    }

    /** Shows why the connector refused the password (or says nothing when {@code message} is empty). */
    public void problem(String message) {
        problem.setText(message);
    }

    /** The typed password; empty when the remembered one is to be used. */
    public Optional<Secret> typed() {
        return useRemembered.isSelected() ? Optional.empty() : Optional.of(new Secret(password.getText()));
    }

    public boolean rememberChosen() {
        return !useRemembered.isSelected() && remember.isSelected();
    }

    public void disable(boolean disabled) {
        form.setDisable(disabled);
    }

    public void clear() {
        password.clear();
        again.clear();
    }
}
