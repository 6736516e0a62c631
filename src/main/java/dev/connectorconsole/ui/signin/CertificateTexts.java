package dev.connectorconsole.ui.signin;

import dev.connectorconsole.connector.ServerCertificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How a certificate's validity reads: "from 24 Nov 2026 to 22 Nov 2036". */
final class CertificateTexts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());

    private CertificateTexts() {}

    static String validity(ServerCertificate certificate) {
        return "from " + date(certificate.notBefore()) + " to " + date(certificate.notAfter());
    }

    /** A 32-pair fingerprint as two lines of 16 pairs, so it never breaks inside a pair. */
    static String twoLines(String fingerprint) {
        String[] pairs = fingerprint.split(":");
        if (pairs.length < 2) {
            return fingerprint;
        }
        int half = (pairs.length + 1) / 2;
        return String.join(":", java.util.Arrays.copyOfRange(pairs, 0, half)) + ":\n"
                + String.join(":", java.util.Arrays.copyOfRange(pairs, half, pairs.length));
    }

    private static String date(Instant instant) {
        return instant == null ? "?" : DATE.format(instant);
    }
}
