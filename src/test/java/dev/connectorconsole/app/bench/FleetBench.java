package dev.connectorconsole.app.bench;

import dev.connectorconsole.app.FleetReading;
import dev.connectorconsole.app.FleetRefresh;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A fleet refresh of 10 sandbox connectors × 100 subaccounts on this machine, warm (median of rounds), and the same
 * with an 11th connector that accepts connections and never answers (time limit 2 s): it should add no more than
 * its limit. Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.connectorconsole.app.bench.FleetBench}. Target: under 1 s warm.
 */
public final class FleetBench {
    private static final int CONNECTORS = 10;
    private static final int SUBACCOUNTS = 100;

    private FleetBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        InMemorySecretStore passwords = new InMemorySecretStore("bench");
        List<SandboxServer> servers = new ArrayList<>();
        List<ConnectorProfile> profiles = new ArrayList<>();
        for (int i = 0; i < CONNECTORS; i++) {
            SandboxServer server = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-fleet-bench"),
                    "127.0.0.1", Duration.ZERO, false));
            Secret password = new Secret("Fleet-bench-" + i);
            try (SccClient first = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                    new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()))) {
                first.changeInitialPassword(new Secret("manage"), password);
                first.setHaRole("master");
            }
            server.seed(SUBACCOUNTS);
            passwords.put(AdminPasswordKeys.of("localhost", server.port(), "Administrator"), password);
            profiles.add(ConnectorProfile.remote("Connector " + i, "https://localhost:" + server.port(), "Administrator")
                    .withPinnedSha256(server.certificateSha256()));
            servers.add(server);
        }
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             FleetRefresh refresh = new FleetRefresh(passwords, Duration.ofSeconds(2), 11)) {
            List<Socket> held = Collections.synchronizedList(new ArrayList<>());
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // done
                }
            }, "silent-host");
            acceptor.setDaemon(true);
            acceptor.start();
            refresh.read(profiles);
            List<Long> healthy = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                List<FleetReading> readings = refresh.read(profiles);
                healthy.add((System.nanoTime() - start) / 1_000_000);
                check(readings, CONNECTORS);
            }
            System.out.println(CONNECTORS + " connectors × " + SUBACCOUNTS + " subaccounts, ms: " + summary(healthy));
            List<ConnectorProfile> withSilent = new ArrayList<>(profiles);
            withSilent.add(ConnectorProfile.remote("Silent", "https://localhost:" + silent.getLocalPort(),
                    "Administrator").withPinnedSha256("00".repeat(32)));
            passwords.put(AdminPasswordKeys.of("localhost", silent.getLocalPort(), "Administrator"), new Secret("x"));
            List<Long> oneDead = new ArrayList<>();
            for (int i = 0; i < Math.min(rounds, 3); i++) {
                long start = System.nanoTime();
                List<FleetReading> readings = refresh.read(withSilent);
                oneDead.add((System.nanoTime() - start) / 1_000_000);
                check(readings, CONNECTORS);
            }
            System.out.println("the same + 1 silent host (limit 2,000 ms), ms: " + summary(oneDead));
        } finally {
            servers.forEach(SandboxServer::close);
        }
    }

    private static void check(List<FleetReading> readings, int expectedRead) {
        long read = readings.stream().filter(r -> r.state() == FleetReading.State.READ
                && r.subaccounts().size() == SUBACCOUNTS).count();
        if (read != expectedRead) {
            throw new IllegalStateException("read " + read + " of " + expectedRead + ": " + readings);
        }
    }

    private static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return "median " + sorted.get(sorted.size() / 2) + ", max " + sorted.get(sorted.size() - 1) + "  " + values;
    }
}
