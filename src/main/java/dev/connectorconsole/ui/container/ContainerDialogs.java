package dev.connectorconsole.ui.container;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.lifecycle.StatePreview;

/** The confirmations before Recreate, Migrate and Remove: per folder and props.ini, what is kept and what is lost. */
final class ContainerDialogs {
    private static final ButtonType BACK_UP_FIRST = new ButtonType("Back up first…", ButtonBar.ButtonData.LEFT);

    private static final double CONTENT_WIDTH = 760;
    private static final double MAX_CONTENT_HEIGHT = 560;
    private final ContainerViewModel container;
    private final Supplier<Window> owner;

    ContainerDialogs(ContainerViewModel container, Supplier<Window> owner) {
        this.container = container;
        this.owner = owner;
    }

    void confirmRemove() {
        container.preview(StatePreview.Action.REMOVE_KEEP_VOLUMES, keeping ->
                container.preview(StatePreview.Action.REMOVE_WITH_VOLUMES, wiping -> askRemove(keeping, wiping)));
    }

    private void askRemove(StatePreview keeping, StatePreview wiping) {
        ButtonType keep = new ButtonType("Remove, keep data", ButtonBar.ButtonData.OK_DONE);
        ButtonType wipe = new ButtonType("Remove with data", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", keep, wipe, BACK_UP_FIRST, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Remove container");
        alert.setHeaderText("Remove the container " + keeping.container() + "?");
        Label keepTitle = new Label("Remove, keep data:");
        keepTitle.getStyleClass().add("section-title");
        Label wipeTitle = new Label("Remove with data (volumes are deleted; host folders stay):");
        wipeTitle.getStyleClass().add("section-title");
        StatePreviewPane wipePane = new StatePreviewPane(wiping);
        wipePane.setId("state-preview-wipe");
        VBox content = new VBox(8, keepTitle, new StatePreviewPane(keeping), wipeTitle, wipePane);
        content.setPrefWidth(CONTENT_WIDTH);
        Optional<BackupFirstChoice> ownBackup = container.backup().ownSignInChoice();
        ownBackup.ifPresent(choice -> content.getChildren().add(new BackupFirstPane(choice)));
        alert.getDialogPane().setContent(scrolling(content));
        alert.getDialogPane().setId("remove-dialog");
        fitContent(alert);
        alert.getDialogPane().lookupButton(keep).setId("remove-keep");
        alert.getDialogPane().lookupButton(wipe).setId("remove-wipe");
        if (ownBackup.isPresent()) {
            alert.getDialogPane().getButtonTypes().remove(BACK_UP_FIRST);
            ownBackup.ifPresent(choice -> checkBeforeClosing(alert, choice, keep, wipe));
        } else {
            offerBackup(alert, keeping.container());
        }
        Optional<ButtonType> answer = alert.showAndWait();
        Callable<String> backUp = ownBackup.map(BackupFirstChoice::step).orElse(null);
        ownBackup.ifPresent(BackupFirstChoice::clear);
        answer.filter(b -> b == keep).ifPresent(b -> container.remove(true, backUp));
        answer.filter(b -> b == wipe).ifPresent(b -> container.remove(false, backUp));
    }

    /**
     * Resizable, so a user can widen it. The theme caps a dialog pane at 600 px with a stylesheet rule
     * ({@code .dialog-pane { -fx-max-width: 600px }}) that a width set from code does not beat.
     */
    private static void fitContent(Alert alert) {
        alert.setResizable(true);
    }

    /** Every line of the preview in full; on a small screen it scrolls, and the buttons stay in view. */
    private static ScrollPane scrolling(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(MAX_CONTENT_HEIGHT);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** The action buttons wait while the "Back up first" choice is incomplete, and say why. */
    private static void checkBeforeClosing(Alert alert, BackupFirstChoice choice, ButtonType... actions) {
        for (ButtonType action : actions) {
            alert.getDialogPane().lookupButton(action).addEventFilter(ActionEvent.ACTION, event ->
                    choice.problem().ifPresent(problem -> {
                        event.consume();
                        choice.showProblem(problem);
                    }));
        }
    }

    /** Recreate when everything is on volumes or bind mounts; otherwise offer the migration into volumes. */
    void confirmRecreate() {
        container.preview(StatePreview.Action.RECREATE, recreate -> container.backup().automaticFor(recreate.container(),
                automatic -> {
                    if (!recreate.losesConfiguration()) {
                        askReplace(recreate, "Recreate", false, "", automatic);
                        return;
                    }
                    container.preview(StatePreview.Action.MIGRATE, migrate -> askReplace(migrate, "Migrate", true,
                            container.canCheckSubaccounts() ? "" : "Sign in to this connector first: the migration"
                                    + " compares its subaccounts before and after, and the old container stays until"
                                    + " they match.", automatic));
                }));
    }

    private void askReplace(StatePreview preview, String verb, boolean migrate, String blocker, boolean automatic) {
        ButtonType go = new ButtonType(verb, ButtonBar.ButtonData.OK_DONE);
        Alert alert = automatic ? new Alert(Alert.AlertType.CONFIRMATION, "", go, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.CONFIRMATION, "", go, BACK_UP_FIRST, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(verb + " container");
        alert.setHeaderText(verb.equals("Migrate")
                ? "The configuration of " + preview.container() + " lives inside the container. Migrate it into volumes?"
                : "Recreate " + preview.container() + " from " + container.targetProperty().get().image() + "?");
        Label explanation = new Label("The new container gets the old one's environment, mounts, network, restart"
                + " policy, memory limits, labels and published ports. The old one is kept, stopped, until the new one"
                + " runs, and is put back if a step fails.");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Label backupNote = new Label(backupNote(automatic));
        backupNote.setId("replace-backup-note");
        backupNote.setWrapText(true);
        backupNote.setMinHeight(Region.USE_PREF_SIZE);
        Label blocked = new Label(blocker);
        blocked.setId("replace-blocker");
        blocked.setWrapText(true);
        blocked.setMinHeight(Region.USE_PREF_SIZE);
        blocked.getStyleClass().add("field-message");
        blocked.setVisible(!blocker.isEmpty());
        blocked.setManaged(!blocker.isEmpty());
        VBox content = new VBox(10, explanation, backupNote, new StatePreviewPane(preview), blocked);
        content.setPrefWidth(CONTENT_WIDTH);
        Optional<BackupFirstChoice> ownBackup = automatic ? Optional.empty() : container.backup().ownSignInChoice();
        ownBackup.ifPresent(choice -> content.getChildren().add(new BackupFirstPane(choice)));
        alert.getDialogPane().setContent(scrolling(content));
        alert.getDialogPane().setId("replace-dialog");
        fitContent(alert);
        if (ownBackup.isPresent()) {
            alert.getDialogPane().getButtonTypes().remove(BACK_UP_FIRST);
            checkBeforeClosing(alert, ownBackup.get(), go);
        } else if (!automatic) {
            offerBackup(alert, preview.container());
        }
        alert.getDialogPane().lookupButton(go).setId("replace-confirm");
        alert.getDialogPane().lookupButton(go).setDisable(!blocker.isEmpty());
        Optional<ButtonType> answer = alert.showAndWait();
        Callable<String> backUp = ownBackup.map(BackupFirstChoice::step).orElse(null);
        ownBackup.ifPresent(BackupFirstChoice::clear);
        if (answer.filter(b -> b == go).isEmpty()) {
            return;
        }
        if (automatic) {
            container.replace(migrate, true);
        } else {
            container.replace(migrate, backUp);
        }
    }

    private String backupNote(boolean automatic) {
        if (automatic) {
            return "A backup of the configuration is taken first, with the remembered backup password, and kept on the"
                    + " Backups screen. If it fails, nothing is changed.";
        }
        return container.backup().available()
                ? "No backup is taken on its own: no backup password is remembered for this connector. Use \"Back up"
                        + " first…\", or remember one on the Backups screen."
                : "No backup is taken on its own: the app is not signed in to this connector. Tick \"Back up first\""
                        + " below to sign in for a backup before the change.";
    }

    /**
     * "Upgrade…": the dialog, or why it is not offered for this container or not yet possible. For a container not
     * built as the sandbox, a preview first says whether its configuration would survive the recreate.
     */
    void upgrade(UpgradeViewModel upgrade) {
        container.preview(StatePreview.Action.RECREATE, recreate -> container.previewUpgrade(onNewImage -> {
            upgrade.movesInto(onNewImage.movesInto());
            upgrade(upgrade, upgrade.offer(upgrade.fromSapFiles() && recreate.losesConfiguration()));
        }));
    }

    private void upgrade(UpgradeViewModel upgrade, ConnectorUpgrades.Offer offer) {
        String blocker = !offer.offered() ? offer.reason() : upgrade.signedIn() ? ""
                : "Sign in to this connector first: the upgrade backs it up and checks its version and subaccounts"
                        + " through the sign-in.";
        if (blocker.isEmpty()) {
            new UpgradeDialog(owner.get(), upgrade).show();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner.get());
        alert.setTitle("Upgrade connector");
        alert.setHeaderText(offer.offered() ? "Not signed in to this connector" : "Upgrade not offered for this container");
        Label text = new Label(blocker);
        text.setId("upgrade-not-offered");
        text.setWrapText(true);
        text.setPrefWidth(520);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /** "Back up first…" opens the backup over the sign-in and leaves the confirmation open. */
    private void offerBackup(Alert alert, String name) {
        Button backUp = (Button) alert.getDialogPane().lookupButton(BACK_UP_FIRST);
        backUp.setId("backup-first");
        ConnectorBackup backup = container.backup();
        backUp.setDisable(!backup.available());
        if (!backup.available()) {
            backUp.setTooltip(new Tooltip("Sign in to this connector first: the backup goes through the sign-in."));
        }
        backUp.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            new BackupFirstDialog(alert.getDialogPane().getScene().getWindow(), backup, name).showAndWait();
        });
    }
}
