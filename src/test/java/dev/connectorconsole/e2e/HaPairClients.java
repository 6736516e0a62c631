package dev.connectorconsole.e2e;

import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;

/** Admin clients of the two containers of a high-availability pair, each pinned to its certificate. */
final class HaPairClients {
    private HaPairClients() {}

    /** Sets the first password of a fresh sandbox, makes it master, and returns a client signed in with that password. */
    static SccClient firstRunAsMaster(String host, int port, Secret password) {
        TrustSettings pinned = TrustSettings.pinned(CertificateProbe.fetch(host, port).sha256());
        SccClient client = new SccClient(new ConnectorEndpoint(host, port),
                new Credentials("Administrator", new Secret("manage")), pinned);
        client.changeInitialPassword(new Secret("manage"), password);
        client.setHaRole("master");
        client.close();
        return new SccClient(new ConnectorEndpoint(host, port), new Credentials("Administrator", password), pinned);
    }

    /** A client of the shadow the console made. */
    static SccClient shadowOf(ShadowMade made, Secret password) {
        return new SccClient(new ConnectorEndpoint(made.adminHost(), made.hostPort()),
                new Credentials(made.user(), password), TrustSettings.pinned(made.fingerprint()));
    }
}
