package dev.connectorconsole.ui.connectorsettings;

import dev.connectorconsole.ui.session.FormLayout;
import dev.connectorconsole.ui.subaccounts.Confirmations;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Proxy tab: host, port, user and password of the HTTPS proxy to the cloud; Save and Remove. */
final class ProxyPane {
    private ProxyPane() {}

    static Node build(ConnectorSettingsViewModel model) {
        ProxyForm form = model.proxy();
        FormLayout layout = new FormLayout();
        layout.add(form.host(), FormParts.text(form.host(), "e.g. proxy.example.com"), null);
        layout.add(form.port(), FormParts.text(form.port(), "1–65535, e.g. 3128"), null);
        layout.add(form.user(), FormParts.text(form.user(), "optional"), null);
        PasswordField password = new PasswordField();
        password.textProperty().bindBidirectional(form.password().valueProperty());
        password.setPromptText("optional");
        layout.add(form.password(), password,
                "The stored password is never shown; leave the field as it is to keep it, or type a new one.");
        HBox buttons = new HBox(8);
        buttons.getChildren().addAll(
                FormParts.button("save-proxy", "Save proxy", model::saveProxy, model.busyProperty(), true),
                FormParts.button("remove-proxy", "Remove proxy", () -> {
                    if (Confirmations.ask(buttons, "Remove the proxy?",
                            "The connector then reaches the cloud directly. Tunnels that need the proxy drop.", "Remove the proxy")) {
                        model.removeProxy();
                    }
                }, model.busyProperty(), false));
        VBox box = new VBox(12, FormParts.note("The connector reaches the cloud through this HTTPS proxy. "
                + "Without one it connects directly. Only a master instance accepts changes."),
                layout.node(), buttons, FormParts.status("proxy-message", form.messageProperty()));
        box.setPadding(new Insets(12));
        box.setMaxWidth(720);
        return box;
    }
}
