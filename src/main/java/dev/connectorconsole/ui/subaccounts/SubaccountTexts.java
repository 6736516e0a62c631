package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.Tunnel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Small formatting helpers for subaccount texts. */
final class SubaccountTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private SubaccountTexts() {}

    static String date(Tunnel tunnel) {
        if (tunnel == null || tunnel.subaccountCertificate() == null || tunnel.subaccountCertificate().notAfter() == null) {
            return "unknown";
        }
        return DATE.format(tunnel.subaccountCertificate().notAfter());
    }
}
