package dev.connectorconsole.ui.container;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What can be done to the container now: create, start, stop, restart, recreate, upgrade, remove, each enabled while
 * it makes sense, with the running action's progress beside them. Recreate, Remove and Upgrade ask first.
 */
final class ContainerActions {
    private ContainerActions() {
    }

    /** @param upgrade null: no "Upgrade…" */
    static HBox create(ContainerViewModel container, ContainerDialogs dialogs, UpgradeViewModel upgrade) {
        Button create = action("Create and start", Feather.PLAY, "container-create", container.canCreate(), container::create);
        create.getStyleClass().add("accent");
        Button start = action("Start", Feather.PLAY, "container-start", container.canStart(), container::start);
        Button stop = action("Stop", Feather.SQUARE, "container-stop", container.canStop(), container::stop);
        Button restart = action("Restart", Feather.ROTATE_CW, "container-restart", container.canRestart(), container::restart);
        Button recreate = action("Recreate…", Feather.REFRESH_CW, "container-recreate", container.canRecreate(), dialogs::confirmRecreate);
        Button remove = action("Remove…", Feather.TRASH_2, "container-remove", container.canRemove(), dialogs::confirmRemove);
        remove.getStyleClass().add("danger");
        Button upgradeButton = action("Upgrade…", Feather.ARROW_UP_CIRCLE, "container-upgrade", container.canRestart(),
                () -> dialogs.upgrade(upgrade));
        upgradeButton.setVisible(upgrade != null);
        upgradeButton.setManaged(upgrade != null);
        create.visibleProperty().bind(container.snapshotProperty().isNull());
        create.managedProperty().bind(create.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(container.busyProperty());
        Label progress = new Label();
        progress.setId("container-progress");
        progress.getStyleClass().add("text-muted");
        progress.textProperty().bind(container.progressProperty());
        HBox buttons = new HBox(8, create, start, stop, restart, recreate, upgradeButton, remove, spinner,
                progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private static Button action(String text, Feather icon, String id, BooleanBinding enabled, Runnable run) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.disableProperty().bind(enabled.not());
        button.setOnAction(e -> run.run());
        return button;
    }
}
