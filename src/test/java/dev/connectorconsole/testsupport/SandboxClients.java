package dev.connectorconsole.testsupport;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxServer;

/** Clients of a sandbox connector as Administrator over real HTTPS, pinned to its certificate, after its first run. */
public final class SandboxClients {
    public static final Secret INITIAL_PASSWORD = new Secret("manage");

    private SandboxClients() {
    }

    /** The initial password replaced by {@code password}, which the client uses from then on; no HA role yet. */
    public static SccClient passwordChanged(SandboxServer sandbox, Secret password) {
        SccClient client = new SccClient(new ConnectorEndpoint("localhost", sandbox.port()),
                new Credentials("Administrator", INITIAL_PASSWORD), TrustSettings.pinned(sandbox.certificateSha256()));
        client.changeInitialPassword(INITIAL_PASSWORD, password);
        return client;
    }

    /** The first run done as a single connector: password changed, role master, ready to be configured. */
    public static SccClient master(SandboxServer sandbox, Secret password) {
        SccClient client = passwordChanged(sandbox, password);
        client.setHaRole("master");
        return client;
    }
}
