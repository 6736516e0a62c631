package dev.connectorconsole.connector;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts a server whose leaf certificate matches the pinned fingerprint, or whose chain the CA trust manager
 * (custom bundle or JDK default) accepts. Anything else fails the handshake with a {@link RejectedCertificateException},
 * before a single byte of the request — or the credentials — is sent.
 */
final class ConnectorTrustManager implements X509TrustManager {
    private static final X509Certificate[] NONE = new X509Certificate[0];

    private final String pinnedSha256;
    private final X509TrustManager caTrust;

    /**
     * @param pinnedSha256 normalized fingerprint, or null
     * @param caTrust CA-based trust, or null to trust nothing but the pin
     */
    ConnectorTrustManager(String pinnedSha256, X509TrustManager caTrust) {
        if (pinnedSha256 == null && caTrust == null) {
            throw new IllegalArgumentException("neither a pin nor a CA trust manager");
        }
        this.pinnedSha256 = pinnedSha256;
        this.caTrust = caTrust;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("the server presented no certificate");
        }
        ServerCertificate leaf = ServerCertificate.of(chain[0]);
        if (pinnedSha256 != null && pinnedSha256.equals(leaf.sha256())) {
            return;
        }
        CertificateException caFailure = null;
        if (caTrust != null) {
            try {
                caTrust.checkServerTrusted(chain, authType);
                return;
            } catch (CertificateException e) {
                caFailure = e;
            }
        }
        String reason = pinnedSha256 != null
                ? "certificate differs from the pinned one"
                : "certificate is not issued by a trusted authority";
        throw new RejectedCertificateException(reason, leaf, pinnedSha256, caFailure);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return caTrust == null ? NONE : caTrust.getAcceptedIssuers();
    }

    boolean matchesPin(X509Certificate leaf) {
        return pinnedSha256 != null && pinnedSha256.equals(ServerCertificate.of(leaf).sha256());
    }
}
