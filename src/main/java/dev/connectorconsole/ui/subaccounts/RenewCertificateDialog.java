package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.ui.session.FormField;
import dev.connectorconsole.ui.session.ConnectorStyles;
import dev.connectorconsole.ui.session.FormLayout;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Asks for the cloud user and password that renewing a subaccount certificate needs. */
final class RenewCertificateDialog {
    record Answer(String user, Secret password) {}

    private RenewCertificateDialog() {}

    static Optional<Answer> ask(Node owner, String subaccount, String regionHost, String suggestedUser) {
        FormField user = new FormField("Subaccount user",
                text -> SubaccountRules.cloudUser(text, regionHost));
        FormField password = new FormField("Password", SubaccountRules::password);
        user.load(suggestedUser);
        FormLayout form = new FormLayout();
        TextField userField = new TextField();
        userField.textProperty().bindBidirectional(user.valueProperty());
        form.add(user, userField, null);
        PasswordField passwordField = new PasswordField();
        passwordField.textProperty().bindBidirectional(password.valueProperty());
        form.add(password, passwordField, SubaccountFields.TWO_FACTOR_HINT);
        form.node().setPrefWidth(460);

        Dialog<Answer> dialog = new Dialog<>();
        dialog.setTitle("Renew certificate");
        dialog.setHeaderText("Renew the certificate of " + subaccount
                + "\nThe connector logs on to the region once with this user to get a new certificate.");
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        ButtonType renew = new ButtonType("Renew", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(renew, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form.node());
        dialog.getDialogPane().setId("renew-dialog");
        ConnectorStyles.apply(dialog.getDialogPane(), RenewCertificateDialog.class, null);
        Node renewButton = dialog.getDialogPane().lookupButton(renew);
        renewButton.setId("renew");
        renewButton.disableProperty().bind(user.validBinding().and(password.validBinding()).not());
        dialog.setResultConverter(button -> button == renew
                ? new Answer(user.trimmed(), new Secret(password.value())) : null);
        passwordField.requestFocus();
        return dialog.showAndWait();
    }
}
