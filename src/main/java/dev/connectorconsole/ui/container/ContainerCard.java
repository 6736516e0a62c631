package dev.connectorconsole.ui.container;

import java.util.Map;
import java.util.TreeMap;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The "Connector container" card: its state, the host port (with a free one proposed when the chosen one is taken),
 * its volumes, and the actions that make sense now.
 */
final class ContainerCard {
    private ContainerCard() {
    }

    /** @param upgrade null: no "Upgrade…" */
    static Node create(ContainerViewModel container, ContainerDialogs dialogs, UpgradeViewModel upgrade) {
        Label reason = new Label();
        reason.setId("container-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(container.stateReasonProperty());

        Label volumes = new Label();
        volumes.setId("container-volumes");
        volumes.getStyleClass().add("mono");
        volumes.setWrapText(true);
        volumes.textProperty().bind(Bindings.createStringBinding(() -> describeVolumes(container.volumes()),
                container.snapshotProperty(), container.targetProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(8);
        grid.addRow(0, muted("State"), reason);
        grid.addRow(1, muted("Host port"), portRow(container));
        grid.addRow(2, muted("Volumes"), volumes);

        Label noImage = new Label("There is no image yet: build it below first.");
        noImage.setId("no-image-hint");
        noImage.getStyleClass().add("text-muted");
        noImage.visibleProperty().bind(container.imagePresentProperty().isEqualTo(Boolean.FALSE)
                .and(container.snapshotProperty().isNull()));
        noImage.managedProperty().bind(noImage.visibleProperty());

        return Card.titled("Connector container", grid, ContainerActions.create(container, dialogs, upgrade), noImage);
    }

    private static Node portRow(ContainerViewModel container) {
        TextField port = new TextField();
        port.setId("host-port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(container.hostPortProperty());
        port.disableProperty().bind(container.busyProperty());
        Label portMessage = new Label();
        portMessage.setId("port-message");
        portMessage.getStyleClass().add("field-message");
        portMessage.textProperty().bind(container.portMessageProperty());
        Button useProposed = new Button();
        useProposed.setId("use-proposed-port");
        useProposed.textProperty().bind(Bindings.format("Use %d", container.proposedPortProperty()));
        useProposed.visibleProperty().bind(container.proposedPortProperty().greaterThan(0));
        useProposed.managedProperty().bind(useProposed.visibleProperty());
        useProposed.setOnAction(e -> container.useProposedPort());
        HBox portRow = new HBox(8, port, portMessage, useProposed);
        portRow.setAlignment(Pos.CENTER_LEFT);
        return portRow;
    }

    private static String describeVolumes(Map<String, String> volumes) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(volumes).forEach((name, path) -> text.append(text.length() == 0 ? "" : "\n").append(name).append(" → ").append(path));
        return text.length() == 0 ? "none" : text.toString();
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setMinWidth(90);
        return label;
    }
}
