package dev.connectorconsole.connector;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The leaf certificate a connector presents. {@code sha256} is upper-case hex pairs joined by ':' — the form users
 * compare with what the connector's UI or {@code keytool -list} shows.
 */
public record ServerCertificate(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {

    public static ServerCertificate of(X509Certificate certificate) {
        try {
            return new ServerCertificate(
                    certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(),
                    certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant(),
                    Fingerprints.sha256(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("certificate cannot be encoded", e);
        }
    }

    public boolean isSelfSigned() {
        return subject.equals(issuer);
    }
}
