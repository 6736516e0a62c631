package dev.connectorconsole.app;

import dev.connectorconsole.connector.MonitoredCertificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A certificate of a connector that came within its expiry threshold (or expired), with words for a notification. */
public record CertificateNews(String connector, MonitoredCertificate certificate, long daysLeft) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    public String title() {
        return daysLeft < 0 ? "Certificate expired" : "Certificate expiring";
    }

    /** The connector, which certificate, when, and what to do. */
    public String sentence() {
        String when = daysLeft < 0 ? "expired on " + DAY.format(certificate.validTo())
                : (daysLeft == 0 ? "expires today" : "expires in " + daysLeft + (daysLeft == 1 ? " day" : " days"))
                        + " (" + DAY.format(certificate.validTo()) + " UTC)";
        return which() + " " + when + ". " + advice();
    }

    private String which() {
        return switch (type()) {
            case "subaccount" -> "The certificate of subaccount " + certificate.subaccount() + " ("
                    + certificate.regionHost() + ") on " + connector;
            case "ui" -> "The UI certificate of " + connector;
            case "system" -> "The system certificate of " + connector;
            case "ca" -> "The CA certificate for principal propagation of " + connector;
            default -> "The " + certificate.type() + " certificate of " + connector;
        };
    }

    private String advice() {
        String deadline = daysLeft < 0 ? "now" : "before then";
        return switch (type()) {
            case "subaccount" -> "Renew it on the Subaccounts screen " + deadline + ", or its tunnel cannot connect.";
            case "ui" -> "Replace it in the connector " + deadline + ", or browsers and this app refuse the connection.";
            default -> "Renew it in the connector " + deadline + ".";
        };
    }

    private String type() {
        return certificate.type() == null ? "" : certificate.type().toLowerCase(Locale.ROOT);
    }
}
