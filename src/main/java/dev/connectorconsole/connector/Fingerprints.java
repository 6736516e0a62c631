package dev.connectorconsole.connector;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 fingerprints as "AB:CD:…" and comparison that ignores case, colons and spaces. */
final class Fingerprints {
    private static final HexFormat FORMAT = HexFormat.ofDelimiter(":").withUpperCase();

    private Fingerprints() {}

    static String sha256(byte[] der) {
        try {
            return FORMAT.formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Canonical form of a fingerprint a user typed or pasted; throws if it is not 32 hex bytes. */
    static String normalize(String fingerprint) {
        String hex = fingerprint.replaceAll("[\\s:]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): " + fingerprint);
        }
        return FORMAT.formatHex(HexFormat.of().parseHex(hex));
    }
}
