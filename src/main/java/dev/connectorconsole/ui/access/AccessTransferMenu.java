package dev.connectorconsole.ui.access;

import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Copy or export": copy this subaccount's access control to another one, export it to a file, import one. */
final class AccessTransferMenu {
    private AccessTransferMenu() {}

    static Node build(AccessControlViewModel model, Node owner) {
        AccessTransfer transfer = new AccessTransfer(model);
        MenuItem copy = new MenuItem("Copy to another subaccount…", new FontIcon(Feather.COPY));
        copy.setId("copy-access");
        copy.setOnAction(e -> chooseTarget(model, owner)
                .ifPresent(target -> transfer.copyTo(target, preview -> CopyPreviewDialog.confirm(owner, preview))));
        MenuItem toProfile = new MenuItem("Copy to another connector…", new FontIcon(Feather.SERVER));
        toProfile.setId("copy-access-profile");
        toProfile.setOnAction(e -> chooseProfileTarget(model, owner).ifPresent(target -> transfer.copyToProfile(
                target, preview -> CopyPreviewDialog.confirm(owner, preview))));
        MenuItem export = new MenuItem("Export to a file…", new FontIcon(Feather.DOWNLOAD));
        export.setId("export-access");
        export.setOnAction(e -> {
            FileChooser chooser = chooser("Export access control");
            SubaccountChoice shown = model.subaccountProperty().get();
            chooser.setInitialFileName((shown == null ? "access-control" : shown.displayName()
                    .replaceAll("[^A-Za-z0-9._-]+", "-")) + "-access-control.json");
            File file = chooser.showSaveDialog(window(owner));
            if (file != null) {
                transfer.export(file.toPath());
            }
        });
        MenuItem importing = new MenuItem("Import from a file…", new FontIcon(Feather.UPLOAD));
        importing.setId("import-access");
        importing.setOnAction(e -> {
            File file = chooser("Import access control").showOpenDialog(window(owner));
            if (file != null) {
                transfer.importFrom(file.toPath(), preview -> CopyPreviewDialog.confirm(owner, preview));
            }
        });
        MenuButton menu = new MenuButton("Copy or export", new FontIcon(Feather.SHARE_2), copy, toProfile,
                export, importing);
        menu.setId("access-transfer");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        menu.disableProperty().bind(model.session().stateProperty().isNotEqualTo(SessionState.SIGNED_IN)
                .or(model.calls().busyProperty()).or(model.subaccountProperty().isNull()));
        return menu;
    }

    private static java.util.Optional<SubaccountChoice> chooseTarget(AccessControlViewModel model, Node owner) {
        SubaccountChoice source = model.subaccountProperty().get();
        List<SubaccountChoice> others = model.subaccounts().stream().filter(c -> !c.equals(source)).toList();
        if (others.isEmpty()) {
            model.form().messageProperty().set(dev.connectorconsole.ui.subaccounts.FormMessage.error(
                    "This connector has no other subaccount to copy to."));
            return java.util.Optional.empty();
        }
        ChoiceDialog<SubaccountChoice> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setTitle("Copy access control");
        dialog.setHeaderText("Copy the systems, resources and domain mappings of " + source.displayName()
                + " to which subaccount?\nYou see what would be created before anything is sent.");
        dialog.setContentText("Subaccount");
        dialog.getDialogPane().setId("copy-target-dialog");
        dialog.initOwner(window(owner));
        return dialog.showAndWait();
    }

    private static Optional<ProfileTargetModel.ProfileTarget> chooseProfileTarget(AccessControlViewModel model,
                                                                               Node owner) {
        List<ConnectorProfile> profiles = model.others().besides(model.session().endpointProperty().get());
        if (profiles.isEmpty() || model.others().tasks() == null) {
            model.form().messageProperty().set(FormMessage.error("There is no other connector profile to copy to: "
                    + "add one in Settings."));
            return Optional.empty();
        }
        return ProfileCopyDialog.ask(owner, model.subaccountProperty().get().displayName(), profiles, model.others());
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Access control (*.json)", "*.json"));
        return chooser;
    }

    private static Window window(Node owner) {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
