package dev.connectorconsole.connector;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which server certificates the client accepts.
 * <ul>
 *   <li>{@code pinnedSha256}: exactly the leaf certificate with this fingerprint — the usual choice for a connector's
 *       self-signed certificate, which the user confirmed after {@link CertificateProbe#fetch}.</li>
 *   <li>{@code caBundle}: a PEM file of CA certificates; certificates they issue are accepted for the right host name.</li>
 *   <li>neither: the JDK's default trust store with normal host name verification.</li>
 * </ul>
 * With both, a certificate is accepted when it matches the pin or when the CA bundle vouches for it.
 */
public record TrustSettings(String pinnedSha256, Path caBundle) {
    public TrustSettings {
        pinnedSha256 = pinnedSha256 == null || pinnedSha256.isBlank() ? null : Fingerprints.normalize(pinnedSha256);
    }

    public static TrustSettings pinned(String sha256) {
        return new TrustSettings(sha256, null);
    }

    public static TrustSettings caBundle(Path pemFile) {
        return new TrustSettings(null, pemFile);
    }

    public static TrustSettings jdkDefault() {
        return new TrustSettings(null, null);
    }

    public Optional<String> pin() {
        return Optional.ofNullable(pinnedSha256);
    }
}
