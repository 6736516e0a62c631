package dev.connectorconsole.app;

import java.nio.file.Path;
import java.util.List;

import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;

/** What the adopt screen asks of the engine and the connector. Blocking: the view model calls it in the background. */
public interface AdoptServices {
    List<ConnectorCandidate> scan();

    /** Where this app reaches a port the engine publishes: localhost, or a remote engine's host. No I/O beyond scan's. */
    default String adminHost() {
        return "localhost";
    }

    void start(String container);

    void stop(String container);

    /** The certificate the connector presents, trusting nothing, for the user to check before it is pinned. */
    ServerCertificate certificate(String host, int port);

    /** Downloads the configuration backup over HTTPS pinned to {@code sha256}; returns the file's size. */
    long backup(String host, int port, String sha256, Credentials admin, Secret backupPassword, Path target);

    /** Downloads the configuration backup through a signed-in client (pinned, with its credentials); returns the size. */
    long backup(SccClient signedIn, Secret backupPassword, Path target);
}
