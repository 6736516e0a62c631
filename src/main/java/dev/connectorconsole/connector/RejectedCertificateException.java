package dev.connectorconsole.connector;

import java.security.cert.CertificateException;

/**
 * Thrown inside the TLS handshake when the client refuses the server's certificate; carries what the server presented
 * so the failure can be turned into {@link SccException.Kind#UNTRUSTED_CERTIFICATE} or
 * {@link SccException.Kind#CERTIFICATE_CHANGED}.
 */
final class RejectedCertificateException extends CertificateException {
    private final transient ServerCertificate presented;
    private final String expectedSha256;

    RejectedCertificateException(String message, ServerCertificate presented, String expectedSha256, Throwable cause) {
        super(message, cause);
        this.presented = presented;
        this.expectedSha256 = expectedSha256;
    }

    ServerCertificate presented() {
        return presented;
    }

    /** Null when no certificate was pinned (the certificate is merely unknown). */
    String expectedSha256() {
        return expectedSha256;
    }
}
