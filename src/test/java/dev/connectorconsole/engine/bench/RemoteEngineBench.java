package dev.connectorconsole.engine.bench;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.engine.SshServerFixture;
import dev.connectorconsole.engine.TlsEngineFront;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The same engine three ways, side by side in one run: its local socket, a TLS front that requires a client
 * certificate, and an ssh tunnel through a real sshd on loopback. Prints the time to open (for ssh: until the tunnel
 * forwards) and the median and 95th percentile of a ping and of a container list, after a warm-up.
 * Usage: RemoteEngineBench [rounds, default 200]
 */
public final class RemoteEngineBench {
    private RemoteEngineBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path work = Files.createTempDirectory("cc-remote-bench");
        try (SshServerFixture ssh = SshServerFixture.start(work.resolve("ssh"));
             TlsEngineFront tls = TlsEngineFront.start(work.resolve("certs"))) {
            System.out.printf("%-22s %10s %12s %12s %12s %12s%n", "engine", "open ms", "ping p50", "ping p95",
                    "list p50", "list p95");
            measure("local socket", EngineLocator.locate(), EngineConnection.SYSTEM_SSH, rounds);
            measure("TLS front (tcp://)", tls.endpoint(), EngineConnection.SYSTEM_SSH, rounds);
            measure("ssh tunnel (ssh://)", ssh.endpoint(), ssh.sshCommand(), rounds);
        }
    }

    private static void measure(String name, EngineEndpoint endpoint, List<String> ssh, int rounds) {
        long opening = System.nanoTime();
        try (EngineConnection engine = EngineConnection.open(endpoint, EngineConnection.DEFAULT_RESPONSE_TIMEOUT, ssh)) {
            double openMs = (System.nanoTime() - opening) / 1e6;
            for (int i = 0; i < 20; i++) {
                engine.ping();
                engine.client().listContainersCmd().withShowAll(true).exec();
            }
            double[] pings = new double[rounds];
            double[] lists = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                engine.ping();
                pings[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                engine.client().listContainersCmd().withShowAll(true).exec();
                lists[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf("%-22s %10.1f %12.2f %12.2f %12.2f %12.2f%n", name, openMs, percentile(pings, 50),
                    percentile(pings, 95), percentile(lists, 50), percentile(lists, 95));
        }
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
