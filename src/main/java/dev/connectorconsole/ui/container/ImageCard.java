package dev.connectorconsole.ui.container;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.app.ContainerTarget.Kind;

/**
 * The "Image" card: whether the connector's image is there, and how to build it for the kind of target: from SAP's
 * downloads, the sandbox from the app's own files, or none for an adopted container that brought its own image.
 */
final class ImageCard {
    private ImageCard() {
    }

    static Node create(ContainerViewModel container, BuildViewModel build) {
        Label present = new Label();
        present.setId("image-present");
        present.textProperty().bind(Bindings.createStringBinding(() -> {
            Boolean exists = container.imagePresentProperty().get();
            String image = container.targetProperty().get().image();
            return exists == null ? "Checking " + image + "…"
                    : !exists ? image + " is not built yet."
                    : container.targetProperty().get().kind() == Kind.ADOPTED ? image + " is present."
                    : image + " is present. Building again replaces it.";
        }, container.imagePresentProperty(), container.targetProperty()));

        VBox sap = InstallerBuildPane.create(container, build);
        VBox sandbox = sandboxBuild(container, build);
        sap.visibleProperty().bind(targetIs(container, Kind.SAP_INSTALLER));
        sap.managedProperty().bind(sap.visibleProperty());
        sandbox.visibleProperty().bind(targetIs(container, Kind.SANDBOX));
        sandbox.managedProperty().bind(sandbox.visibleProperty());
        Label adopted = new Label();
        adopted.setId("image-adopted");
        adopted.setWrapText(true);
        adopted.getStyleClass().add("text-muted");
        adopted.textProperty().bind(Bindings.createStringBinding(() -> "This container was made outside the app and runs"
                + " its own image, " + container.targetProperty().get().image() + ". The app does not know how that"
                + " image was built, so it offers no rebuild; start, stop, recreate and migrate keep using it.",
                container.targetProperty()));
        adopted.visibleProperty().bind(targetIs(container, Kind.ADOPTED));
        adopted.managedProperty().bind(adopted.visibleProperty());
        return Card.titled("Image", present, sap, sandbox, adopted);
    }

    private static VBox sandboxBuild(ContainerViewModel container, BuildViewModel build) {
        Button buildSandbox = new Button("Build sandbox image", new FontIcon(Feather.TOOL));
        buildSandbox.setId("build-sandbox");
        buildSandbox.getStyleClass().add("accent");
        buildSandbox.disableProperty().bind(build.buildingProperty());
        buildSandbox.setOnAction(e -> build.buildSandbox(container.targetProperty().get().image()));
        Label sandboxText = new Label("The sandbox image holds a small Java runtime and the emulator, built FROM scratch"
                + " from this app's own files on the engine. Nothing is downloaded.");
        sandboxText.setWrapText(true);
        sandboxText.getStyleClass().add("text-muted");
        return new VBox(8, sandboxText, buildSandbox);
    }

    private static BooleanBinding targetIs(ContainerViewModel container, Kind kind) {
        return Bindings.createBooleanBinding(() -> container.targetProperty().get().kind() == kind,
                container.targetProperty());
    }
}
