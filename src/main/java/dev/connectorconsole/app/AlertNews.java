package dev.connectorconsole.app;

import dev.connectorconsole.connector.ConnectorAlert;
import java.util.Locale;

/** An alert a connector raised since the previous reading, with words for a notification. */
public record AlertNews(String connector, ConnectorAlert alert) {
    /** False for an informational alert (such as a tunnel that connected again): nothing is wrong. */
    public boolean serious() {
        return !"info".equalsIgnoreCase(alert.status());
    }

    public String title() {
        String status = alert.status() == null || alert.status().isBlank() ? "Alert" : alert.status();
        return status + " on " + connector;
    }

    /** The connector, what happened and what to do. */
    public String sentence() {
        String message = alert.message() == null || alert.message().isBlank() ? "a new " + type() + " alert"
                : alert.message().strip();
        return connector + ": " + message + (message.endsWith(".") ? " " : ". ") + advice();
    }

    private String advice() {
        if (!serious()) {
            return "Nothing to do; the Health screen has the details.";
        }
        boolean subaccount = alert.subaccount() != null && alert.regionHost() != null;
        return switch (type()) {
            case "tunnel" -> subaccount ? "Open its subaccount on the Subaccounts screen and connect it again."
                    : "See the Health screen for the tunnel to reconnect.";
            case "subaccountcertificate" -> "Renew the subaccount's certificate on the Subaccounts screen.";
            case "uicertificate" -> "Renew the connector's UI certificate before browsers and this app refuse it.";
            case "disk" -> "Free disk space in the connector's container or on its host.";
            case "cpu", "memory" -> "Check the connector's container on the Container screen: something keeps it busy.";
            default -> "See the Health screen of " + connector + " for what to do.";
        };
    }

    private String type() {
        return alert.type() == null ? "" : alert.type().toLowerCase(Locale.ROOT);
    }
}
