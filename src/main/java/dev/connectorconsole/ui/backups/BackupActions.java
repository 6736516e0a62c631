package dev.connectorconsole.ui.backups;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import java.io.File;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What can be done with the selected backup (restore, export, delete) and with the remembered password, plus the
 * dialogs and file choosers these open. Destructive steps say what is lost before they run.
 */
final class BackupActions {
    private final BackupsViewModel model;
    private final Node owner;

    BackupActions(BackupsViewModel model, Node owner) {
        this.model = model;
        this.owner = owner;
    }

    Node bar() {
        BooleanBinding noSelection = model.selectedProperty().isNull().or(model.busyProperty())
                .or(model.availableProperty().not());
        Button restore = button("Restore…", "restore-backup", Feather.ROTATE_CCW, this::restoreSelected, noSelection);
        Button export = button("Export…", "export-backup", Feather.SAVE, this::export, noSelection);
        Button delete = button("Delete…", "delete-backup", Feather.TRASH_2, this::delete, noSelection);
        delete.getStyleClass().add(Styles.DANGER);
        Button forget = button("Forget the remembered password", "forget-backup-password", Feather.KEY,
                this::forget, model.busyProperty().or(model.availableProperty().not()));
        forget.visibleProperty().bind(model.passwordRememberedProperty());
        forget.managedProperty().bind(forget.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, restore, export, delete, spacer, forget);
        bar.getStyleClass().add("backup-actions");
        return bar;
    }

    void take() {
        PasswordDialog.forTake(window(), model).show();
    }

    void restoreFromFile() {
        FileChooser chooser = chooser("Restore a configuration backup");
        File chosen = chooser.showOpenDialog(window());
        if (chosen != null) {
            PasswordDialog.forRestore(window(), model, chosen.toPath(), "the backup " + chosen.getName()).show();
        }
    }

    private void restoreSelected() {
        BackupRow row = model.selectedProperty().get();
        if (row != null) {
            PasswordDialog.forRestore(window(), model, row.entry().file(), row.describe()).show();
        }
    }

    private void export() {
        BackupRow row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        FileChooser chooser = chooser("Export the configuration backup");
        chooser.setInitialFileName(model.connectorProperty().get() + "-" + row.entry().file().getFileName());
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            model.export(row, chosen.toPath());
        }
    }

    private void delete() {
        BackupRow row = model.selectedProperty().get();
        if (row != null && Confirmations.ask(owner, "Delete " + row.describe() + "?",
                "The backup is deleted from the app's folder and cannot be restored any more. Exported copies stay.",
                "Delete")) {
            model.delete(row);
        }
    }

    private void forget() {
        if (Confirmations.ask(owner, "Forget the remembered backup password?", "Backups and restores ask for it again."
                + " Backups taken with it still need it to be restored.", "Forget")) {
            model.forgetPassword();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip archive", "*.zip"));
        return chooser;
    }

    private Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }

    private static Button button(String text, String id, Ikon icon, Runnable action,
                                 javafx.beans.value.ObservableBooleanValue disabled) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(disabled);
        return button;
    }
}
