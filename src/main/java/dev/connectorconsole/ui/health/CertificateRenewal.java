package dev.connectorconsole.ui.health;

import java.util.Locale;

/** What renewing a certificate takes, by the type the monitoring API gives it (UI, System, CA, subaccount). */
final class CertificateRenewal {
    private CertificateRenewal() {
    }

    static String of(String type) {
        return switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
            case "subaccount" -> "Subaccounts › Renew certificate… (the subaccount user's BTP password)";
            case "ui" -> "In the connector's UI: Configuration › User Interface (a new or CA-signed certificate)";
            case "system" -> "In the connector's UI: Configuration › On Premise › System Certificate";
            case "ca" -> "In the connector's UI: Configuration › On Premise › CA Certificate";
            default -> "";
        };
    }
}
