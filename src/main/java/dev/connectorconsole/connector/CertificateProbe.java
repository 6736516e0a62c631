package dev.connectorconsole.connector;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Reads the certificate a server presents without trusting it: the trust manager records the chain and then fails
 * the handshake on purpose, so the handshake never completes and no request, and no credential, is ever sent.
 * Used only to show the user what they are about to pin.
 */
public final class CertificateProbe {
    private static final int TIMEOUT_MILLIS = 10_000;

    private CertificateProbe() {}

    public static ServerCertificate fetch(String host, int port) {
        ConnectorEndpoint endpoint = new ConnectorEndpoint(host, port);
        AtomicReference<X509Certificate> leaf = new AtomicReference<>();
        try (SSLSocket socket = (SSLSocket) recordingContext(leaf).getSocketFactory().createSocket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            // Unreachable: the recording trust manager always throws.
            throw new IllegalStateException("handshake completed although the probe rejects every certificate");
        } catch (IOException e) {
            if (leaf.get() != null) {
                return ServerCertificate.of(leaf.get());
            }
            throw ErrorMapper.transportFailure(e, endpoint, TIMEOUT_MILLIS / 1000);
        }
    }

    private static SSLContext recordingContext(AtomicReference<X509Certificate> leaf) {
        X509TrustManager recorder = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                if (chain != null && chain.length > 0) {
                    leaf.set(chain[0]);
                }
                throw new CertificateException("certificate probe: recorded, deliberately not trusted");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("certificate probe checks servers only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }
}
