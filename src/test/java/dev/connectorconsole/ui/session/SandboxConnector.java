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
}
