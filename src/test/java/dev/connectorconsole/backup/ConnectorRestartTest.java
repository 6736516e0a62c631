package dev.connectorconsole.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for a real sandbox over HTTPS: one that stays up, one that goes down and comes back, one that stays down. */
class ConnectorRestartTest {
    @TempDir
    Path data;
    private volatile SandboxServer sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aConnectorThatKeepsAnsweringIsTakenAsRestartedInPlaceAfterTheGrace() throws Exception {
        sandbox = SandboxServer.start(options(0));
        try (SccClient client = client()) {
            ConnectorRestart.Outcome outcome = ConnectorRestart.of(client, Duration.ofMillis(800), Duration.ofSeconds(20))
                    .await();
            assertThat(outcome.answered()).isTrue();
            assertThat(outcome.sawDown()).isFalse();
            assertThat(outcome.took()).isBetween(Duration.ofMillis(800), Duration.ofSeconds(5));
        }
    }

    @Test
    void aConnectorThatGoesDownIsWaitedForUntilItAnswersAgain() throws Exception {
        sandbox = SandboxServer.start(options(0));
        int port = sandbox.port();
        try (SccClient client = client()) {
            sandbox.close();
            CompletableFuture<Void> back = CompletableFuture.runAsync(() -> sandbox = SandboxServer.start(options(port)),
                    CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS));
            ConnectorRestart.Outcome outcome = ConnectorRestart.of(client, Duration.ofMillis(500), Duration.ofSeconds(30))
                    .await();
            back.get(10, TimeUnit.SECONDS);
            assertThat(outcome.answered()).isTrue();
            assertThat(outcome.sawDown()).isTrue();
            assertThat(outcome.took()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            assertThat(client.ping()).isTrue();
        }
    }

    @Test
    void aConnectorThatStaysDownEndsTheWaitAtTheTimeout() throws Exception {
        sandbox = SandboxServer.start(options(0));
        try (SccClient client = client()) {
            sandbox.close();
            sandbox = null;
            ConnectorRestart.Outcome outcome = ConnectorRestart.of(client, Duration.ofMillis(200), Duration.ofSeconds(2))
                    .await();
            assertThat(outcome.answered()).isFalse();
            assertThat(outcome.sawDown()).isTrue();
            assertThat(outcome.took()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
    }

    private SandboxOptions options(int port) {
        return new SandboxOptions(port, data, "127.0.0.1", Duration.ofMillis(5), false);
    }

    private SccClient client() {
        return new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()));
    }
}
