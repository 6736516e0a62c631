package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;

/** How the session reaches a connector: reading its certificate before trust, and opening a pinned client. */
public interface ClientFactory {
    /** Reads the certificate the server presents, trusting nothing and sending no credentials. */
    ServerCertificate probeCertificate(ConnectorEndpoint endpoint);

    /** A client that accepts only the server certificate with this SHA-256 fingerprint. */
    SccClient open(ConnectorEndpoint endpoint, Credentials credentials, String pinnedSha256);
}
