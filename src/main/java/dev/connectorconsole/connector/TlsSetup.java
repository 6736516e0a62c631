package dev.connectorconsole.connector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.internal.tls.OkHostnameVerifier;

/** Turns {@link TrustSettings} into the socket factory, trust manager and host name verifier OkHttp needs. */
final class TlsSetup {
    final ConnectorTrustManager trustManager;
    final SSLSocketFactory socketFactory;
    final HostnameVerifier hostnameVerifier;

    private TlsSetup(ConnectorTrustManager trustManager, SSLSocketFactory socketFactory) {
        this.trustManager = trustManager;
        this.socketFactory = socketFactory;
        this.hostnameVerifier = this::verifyHost;
    }

    static TlsSetup from(TrustSettings settings) {
        X509TrustManager caTrust = null;
        if (settings.caBundle() != null) {
            caTrust = caTrust(loadBundle(settings.caBundle()));
        } else if (settings.pinnedSha256() == null) {
            caTrust = caTrust(null);
        }
        ConnectorTrustManager trustManager = new ConnectorTrustManager(settings.pinnedSha256(), caTrust);
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return new TlsSetup(trustManager, context.getSocketFactory());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JDK", e);
        }
    }

    /**
     * The connector's self-signed certificate is usually issued for its container's host name (for example
     * "scc-1"), not for "localhost", so normal host name verification would always fail for it. When the leaf is
     * exactly the certificate the user pinned, the pin is the stronger check and replaces host name verification.
     * Every other certificate (CA-issued) gets the standard verification.
     */
    private boolean verifyHost(String host, SSLSession session) {
        try {
            Certificate[] peer = session.getPeerCertificates();
            if (peer.length > 0 && peer[0] instanceof X509Certificate leaf && trustManager.matchesPin(leaf)) {
                return true;
            }
        } catch (SSLPeerUnverifiedException e) {
            return false;
        }
        return OkHostnameVerifier.INSTANCE.verify(host, session);
    }

    private static KeyStore loadBundle(Path pemFile) {
        try (InputStream in = Files.newInputStream(pemFile)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new IllegalArgumentException("no certificate in CA bundle " + pemFile);
            }
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int index = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("ca-" + index++, certificate);
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read CA bundle " + pemFile + ": " + e.getMessage(), e);
        }
    }

    /** @param store CA certificates, or null for the JDK's default trust store */
    private static X509TrustManager caTrust(KeyStore store) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return x509;
                }
            }
            throw new IllegalStateException("no X.509 trust manager in the JDK");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot initialise the trust store", e);
        }
    }
}
