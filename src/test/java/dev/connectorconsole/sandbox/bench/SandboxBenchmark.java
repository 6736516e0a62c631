package dev.connectorconsole.sandbox.bench;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Figures for the sandbox connector: start-up (first and warm), and the app's client reading 1,000 seeded subaccounts.
 * Run: {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.connectorconsole.sandbox.bench.SandboxBenchmark [-Dexec.args=1000]}.
 */
public final class SandboxBenchmark {
    private SandboxBenchmark() {}

    public static void main(String[] args) throws Exception {
        int subaccounts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sandbox-bench");
        SandboxOptions options = SandboxOptions.defaults(dataDir).withConnectDelay(Duration.ZERO).withSkipHaRoleGate(true);

        long start = System.nanoTime();
        SandboxServer first = SandboxServer.start(options);
        System.out.printf("first start (certificate + state created): %d ms%n", millisSince(start));
        int port = first.port();
        first.close();
        start = System.nanoTime();
        try (SandboxServer sandbox = SandboxServer.start(options.withPort(port))) {
            System.out.printf("restart on the same data folder: %d ms%n", millisSince(start));
            start = System.nanoTime();
            sandbox.seed(subaccounts);
            System.out.printf("seed %d subaccounts: %d ms%n", subaccounts, millisSince(start));

            try (SccClient client = new SccClient(new ConnectorEndpoint("localhost", port),
                    new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()))) {
                client.changeInitialPassword(new Secret("manage"), new Secret("Bench-Pass-1"));
                report("monitoring subaccounts (" + subaccounts + ")", 20, () -> client.monitoringSubaccounts().size());
                report("subaccount list (" + subaccounts + ")", 20, () -> client.subaccounts().size());
                report("version", 50, () -> client.version().length());
                report("create subaccount, zero connect delay", 20, () -> client.create(new SubaccountCreate(
                        "cf.eu10.hana.ondemand.com", UUID.randomUUID().toString(), "bench@example.com",
                        new Secret("Cloud-Pass"), null, null, null, null)).subaccount().length());
            }
        }
    }

    private static void report(String what, int rounds, Supplier<Integer> call) {
        call.get();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%-45s median %6.1f ms, max %6.1f ms (%d rounds)%n", what,
                micros.get(rounds / 2) / 1000.0, micros.get(rounds - 1) / 1000.0, rounds);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
