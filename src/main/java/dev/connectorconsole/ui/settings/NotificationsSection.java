package dev.connectorconsole.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** "Notifications": which events of the connectors pop up while the app runs, whichever screen is shown. */
final class NotificationsSection {
    private NotificationsSection() {}

    static Node build(SettingsViewModel model) {
        CheckBox tunnels = new CheckBox("Tell me when a tunnel to a subaccount is lost");
        tunnels.setId("notify-tunnels");
        tunnels.selectedProperty().bindBidirectional(model.notifyTunnelsProperty());
        CheckBox alerts = new CheckBox("Tell me about each new alert of a connector");
        alerts.setId("notify-alerts");
        alerts.selectedProperty().bindBidirectional(model.notifyAlertsProperty());
        CheckBox certificates = new CheckBox("Tell me when a certificate is about to expire (once a day at most)");
        certificates.setId("notify-certificates");
        certificates.selectedProperty().bindBidirectional(model.notifyCertificatesProperty());
        return SettingsScreen.card("Notifications", "Every connector whose password is remembered is checked in the"
                + " background now and then, even while another screen is shown.", new VBox(8, tunnels, alerts,
                certificates));
    }
}
