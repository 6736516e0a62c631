package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.TrustSettings;

/** The real thing: {@link CertificateProbe} before trust, {@link SccClient} pinned to the fingerprint after. */
public final class PinnedClientFactory implements ClientFactory {
    @Override
    public ServerCertificate probeCertificate(ConnectorEndpoint endpoint) {
        return CertificateProbe.fetch(endpoint.host(), endpoint.port());
    }

    @Override
    public SccClient open(ConnectorEndpoint endpoint, Credentials credentials, String pinnedSha256) {
        return new SccClient(endpoint, credentials, TrustSettings.pinned(pinnedSha256));
    }
}
