package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh of the whole fleet against real parts: two sandbox connectors over HTTPS, one whose password was never
 * remembered, one never trusted, a host that accepts connections and never answers, and a port where nothing
 * listens. The two connectors are read, each other one says why not, and the silent host costs no more than the
 * time limit: it holds up nobody.
 */
class FleetRefreshTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final InMemorySecretStore passwords = new InMemorySecretStore("test");

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    @Test
    void everyConnectorIsReadOrSaysWhyAndTheSilentOneHoldsUpNobody() throws Exception {
        ConnectorProfile alpha = connector("Alpha", 2, true);
        ConnectorProfile beta = connector("Beta", 1, true);
        ConnectorProfile forgotten = connector("Forgotten", 1, false);
        ConnectorProfile untrusted = ConnectorProfile.remote("Untrusted", "https://localhost:1", "Administrator");
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        List<Socket> held = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            try {
                while (!silent.isClosed()) {
                    held.add(silent.accept());
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "silent-host");
        acceptor.start();
        open.add(silent);
        ConnectorProfile slow = remembered(ConnectorProfile.remote("Silent", "https://localhost:" + silent.getLocalPort(),
                "Administrator").withPinnedSha256("00".repeat(32)));
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        ConnectorProfile gone = remembered(ConnectorProfile.remote("Gone", "https://localhost:" + closedPort,
                "Administrator").withPinnedSha256("00".repeat(32)));

        long start = System.nanoTime();
        List<FleetReading> readings;
        try (FleetRefresh refresh = new FleetRefresh(passwords, LIMIT, 8)) {
            readings = refresh.read(List.of(alpha, slow, beta, forgotten, untrusted, gone));
        }
        long took = (System.nanoTime() - start) / 1_000_000;

        assertThat(readings).extracting(r -> r.profile().name(), FleetReading::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Alpha", FleetReading.State.READ),
                org.assertj.core.groups.Tuple.tuple("Silent", FleetReading.State.TIMED_OUT),
                org.assertj.core.groups.Tuple.tuple("Beta", FleetReading.State.READ),
                org.assertj.core.groups.Tuple.tuple("Forgotten", FleetReading.State.NO_PASSWORD),
                org.assertj.core.groups.Tuple.tuple("Untrusted", FleetReading.State.NOT_TRUSTED),
                org.assertj.core.groups.Tuple.tuple("Gone", FleetReading.State.FAILED));
        assertThat(readings.get(0).subaccounts()).hasSize(2);
        assertThat(readings.get(2).subaccounts()).extracting(MonitoredSubaccount::subaccount).hasSize(1);
        assertThat(readings.get(1).problem()).isEqualTo("No answer within 3 s.");
        assertThat(readings.get(3).problem()).contains("Remember the password");
        assertThat(readings.get(5).problem()).isNotBlank();
        assertThat(took).as("the silent host costs the time limit, not more").isLessThan(LIMIT.toMillis() + 1500);
        held.forEach(socket -> {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing
            }
        });
    }

    private ConnectorProfile connector(String name, int subaccounts, boolean remember) {
        SandboxServer server = SandboxServer.start(new SandboxOptions(0, data.resolve(name), "127.0.0.1", Duration.ZERO,
                false));
        open.add(server);
        Secret password = new Secret(name + "-Fleet-1");
        try (SccClient first = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()))) {
            first.changeInitialPassword(new Secret("manage"), password);
            first.setHaRole("master");
        }
        server.seed(subaccounts);
        ConnectorProfile profile = ConnectorProfile.remote(name, "https://localhost:" + server.port(), "Administrator")
                .withPinnedSha256(server.certificateSha256());
        if (remember) {
            passwords.put(AdminPasswordKeys.of("localhost", server.port(), "Administrator"), password);
        }
        return profile;
    }

    private ConnectorProfile remembered(ConnectorProfile profile) {
        java.net.URI url = java.net.URI.create(profile.adminUrl());
        passwords.put(AdminPasswordKeys.of(url.getHost(), url.getPort(), "Administrator"), new Secret("x"));
        return profile;
    }
}
