package dev.connectorconsole.ui.access;

import atlantafx.base.theme.Styles;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Asks which connector profile and which of its subaccounts to copy to: says when its password or trusted
 * certificate is missing and asks for them, connects, and lists its subaccounts. Answers the chosen target with an
 * open connection, or nothing (and the connection closed) when cancelled.
 */
final class ProfileCopyDialog {
    private ProfileCopyDialog() {}

    static Optional<ProfileTargetModel.ProfileTarget> ask(Node owner, String sourceName, List<ConnectorProfile> profiles,
                                                          OtherProfiles others) {
        ProfileTargetModel model = new ProfileTargetModel(others);
        ComboBox<ConnectorProfile> profile = new ComboBox<>();
        profile.setId("copy-profile");
        profile.getItems().setAll(profiles);
        profile.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConnectorProfile p) {
                return p == null ? "" : p.name() + " (" + p.adminUrl() + ")";
            }

            @Override
            public ConnectorProfile fromString(String text) {
                return null;
            }
        });
        profile.setMaxWidth(Double.MAX_VALUE);
        model.profileProperty().bind(profile.valueProperty());

        Label missing = wrapping("copy-profile-missing");
        missing.textProperty().bind(model.missingProperty());
        missing.visibleProperty().bind(model.missingProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());

        Label fingerprint = wrapping("copy-profile-fingerprint");
        fingerprint.textProperty().bind(Bindings.concat("SHA-256 of the certificate it presents: ",
                model.fingerprintProperty()));
        CheckBox trust = new CheckBox("I checked this fingerprint: trust this certificate for the copy");
        trust.setId("copy-profile-trust");
        trust.selectedProperty().bindBidirectional(model.trustedProperty());
        VBox certificate = new VBox(4, fingerprint, trust);
        certificate.visibleProperty().bind(model.certificateNeededProperty().and(model.fingerprintProperty().isNotEmpty()));
        certificate.managedProperty().bind(certificate.visibleProperty());

        PasswordField password = new PasswordField();
        password.setId("copy-profile-password");
        password.setPromptText("Admin password of the chosen connector");
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.visibleProperty().bind(model.passwordNeededProperty());
        password.managedProperty().bind(password.visibleProperty());

        Button connect = new Button("Connect");
        connect.setId("copy-profile-connect");
        connect.disableProperty().bind(model.canConnect().not());
        connect.setOnAction(e -> model.connect());

        ComboBox<SubaccountChoice> subaccount = new ComboBox<>(model.subaccounts());
        subaccount.setId("copy-profile-subaccount");
        subaccount.setPromptText("Connect first");
        subaccount.setMaxWidth(Double.MAX_VALUE);
        subaccount.valueProperty().bindBidirectional(model.subaccountProperty());
        subaccount.disableProperty().bind(model.connectedProperty().not());

        Label message = wrapping("copy-profile-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get().text(),
                model.messageProperty()));
        model.messageProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(now.kind() == FormMessage.Kind.ERROR ? Styles.DANGER : Styles.SUCCESS);
        });

        VBox content = new VBox(8, new Label("Connector"), profile, missing, certificate, password,
                new HBox(8, connect), new Label("Subaccount"), subaccount, message);
        content.setPrefWidth(520);

        Dialog<ProfileTargetModel.ProfileTarget> dialog = new Dialog<>();
        dialog.setTitle("Copy access control");
        dialog.setHeaderText("Copy the systems, resources and domain mappings of " + sourceName
                + " to a subaccount of which connector?\nYou see what would be created before anything is sent.");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType preview = new ButtonType("Preview", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(preview, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("copy-profile-dialog");
        ConnectorStyles.apply(dialog.getDialogPane(), ProfileCopyDialog.class, null);
        Node previewButton = dialog.getDialogPane().lookupButton(preview);
        previewButton.setId("copy-profile-preview");
        previewButton.disableProperty().bind(model.connectedProperty().not().or(model.busyProperty())
                .or(model.subaccountProperty().isNull()));
        dialog.setResultConverter(button -> button == preview ? model.take() : null);
        dialog.setOnHidden(e -> model.close());
        for (Observable shown : List.<Observable>of(model.missingProperty(), certificate.visibleProperty(),
                model.passwordNeededProperty(), model.messageProperty())) {
            shown.addListener(changed -> Platform.runLater(() -> fitToContent(dialog)));
        }
        if (!profiles.isEmpty()) {
            profile.setValue(profiles.get(0));
        }
        return dialog.showAndWait();
    }

    private static void fitToContent(Dialog<?> dialog) {
        Scene scene = dialog.getDialogPane().getScene();
        if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()) {
            scene.getWindow().sizeToScene();
        }
    }

    private static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
