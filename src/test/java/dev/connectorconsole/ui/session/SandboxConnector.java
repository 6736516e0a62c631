package dev.connectorconsole.ui.session;

import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;

/** A fresh sandbox connector over HTTPS on a free loopback port, for tests. */
public final class SandboxConnector {
    private SandboxConnector() {}

    public static SandboxServer start(Path dataDir) {
        return SandboxServer.start(new SandboxOptions(0, dataDir, "127.0.0.1", Duration.ofMillis(200), false));
    }

    public static String url(SandboxServer server) {
        return "https://127.0.0.1:" + server.port();
    }

    /** A session that went through the whole first run (trust, password change, master role) with a same-thread executor. */
    public static ConnectorSession signedIn(SandboxServer server) {
        return signedIn(url(server));
    }

    /** The same first run for a sandbox at {@code url}, e.g. one in a container. */
    public static ConnectorSession signedIn(String url) {
        ConnectorSession session = new ConnectorSession(new PinnedClientFactory(),
                dev.connectorconsole.ui.fx.BackgroundTasks.sameThread(), null, pin -> { });
        session.signIn(url, "Administrator", new dev.connectorconsole.common.Secret("manage"));
        session.trustPresentedCertificate();
        session.changeInitialPassword(new dev.connectorconsole.common.Secret("manage"),
                new dev.connectorconsole.common.Secret(NEW_PASSWORD), failure -> {
                    throw failure;
                });
        session.chooseMasterRole();
        if (session.state() != SessionState.SIGNED_IN) {
            throw new IllegalStateException("not signed in: " + session.lastErrorProperty().get());
        }
        return session;
    }

    /** A new session to a connector {@link #signedIn(String)} set up before, as after restarting the app. */
    public static ConnectorSession signedInAgain(String url) {
        ConnectorSession session = new ConnectorSession(new PinnedClientFactory(),
                dev.connectorconsole.ui.fx.BackgroundTasks.sameThread(), null, pin -> { });
        session.signIn(url, "Administrator", new dev.connectorconsole.common.Secret(NEW_PASSWORD));
        session.trustPresentedCertificate();
        if (session.state() != SessionState.SIGNED_IN) {
            throw new IllegalStateException("not signed in: " + session.lastErrorProperty().get());
        }
        return session;
    }

    public static final String NEW_PASSWORD = "Conn3ctor-Console!";
}
