package dev.connectorconsole.engine;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Accepts the certificate a freshly started connector presents — for {@link ReadinessProbe} ONLY.
 *
 * <p>A new connector serves a self-signed certificate nobody could have pinned yet, and the readiness probe only
 * needs to know whether "GET /exposed?action=ping" is answered. That request is unauthenticated: it carries no
 * credentials, no cookies and no body, so an impostor on the other end learns nothing and can at worst make the
 * connector look ready. Everything that sends credentials (the admin REST client) verifies the certificate against a
 * pinned fingerprint or a CA instead; never use this class there.
 *
 * <p>Each instance serves one probe connection to one host and port: it refuses any other peer, refuses all use
 * without a socket (engines, default contexts), never acts for a server, and records the chain it was shown.
 */
final class ProbeOnlyTrustManager extends X509ExtendedTrustManager {
    private final String host;
    private final int port;
    private volatile List<X509Certificate> presented = List.of();

    ProbeOnlyTrustManager(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The chain the server presented on this probe connection (empty before the handshake). */
    List<X509Certificate> presentedChain() {
        return presented;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server presented no certificate.");
        }
        if (socket == null || socket.getPort() != port || !host.equalsIgnoreCase(peerHost(socket))) {
            throw new CertificateException("This trust manager serves only the readiness probe of " + host + ":" + port + ".");
        }
        presented = List.of(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("The readiness probe trust manager needs its probe socket.");
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("The readiness probe trust manager needs its probe socket.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("The readiness probe never accepts clients.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("The readiness probe never accepts clients.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("The readiness probe never accepts clients.");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }

    private static String peerHost(Socket socket) {
        if (socket instanceof javax.net.ssl.SSLSocket ssl && ssl.getHandshakeSession() != null
                && ssl.getHandshakeSession().getPeerHost() != null) {
            return ssl.getHandshakeSession().getPeerHost();
        }
        return socket.getInetAddress() == null ? "" : socket.getInetAddress().getHostName();
    }
}
