package dev.connectorconsole.ui.settings;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/** "Notifications": which events of the connectors pop up while the app runs, whichever screen is shown. */
final class NotificationsSection {
    private NotificationsSection() {}

    static Node build(SettingsViewModel model) {
        CheckBox tunnels = new CheckBox("Notify about tunnels: a subaccount's tunnel is no longer connected");
        tunnels.setId("notify-tunnels");
        tunnels.selectedProperty().bindBidirectional(model.notifyTunnelsProperty());
        CheckBox alerts = new CheckBox("Notify about new alerts: a connector raised an alert");
        alerts.setId("notify-alerts");
        alerts.selectedProperty().bindBidirectional(model.notifyAlertsProperty());
        CheckBox certificates = new CheckBox("Notify about expiring certificates: within the connector's alert threshold, once a day at most");
        certificates.setId("notify-certificates");
        certificates.selectedProperty().bindBidirectional(model.notifyCertificatesProperty());
        return SettingsScreen.card("Notifications", "Every connector whose password is remembered is checked in the"
                + " background now and then, even while another screen is shown.", new VBox(8, tunnels, alerts,
                certificates));
    }
}
