package dev.connectorconsole.connector.bench;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How long a dashboard refresh takes with 1,000 subaccounts: one {@code GET /api/monitoring/subaccounts} against the
 * sandbox connector over loopback HTTPS, fetched and parsed by {@link SccClient#monitoringSubaccounts()}.
 * Target: median and p95 below 300 ms. Wall-clock figures on a shared machine depend on its load (printed); the CPU
 * figures show what one refresh costs independently of waiting for a core.
 * <p>
 * Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=dev.connectorconsole.connector.bench.DashboardBenchmark
 * -Dexec.classpathScope=test -Dexec.args="1000 50"} (arguments: subaccounts, measured runs).
 */
public final class DashboardBenchmark {
    private static final long TARGET_MILLIS = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        int subaccounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int warmUp = 20;
        Path data = Files.createTempDirectory("cc-dashboard-bench");
        try (SandboxServer sandbox = SandboxServer.start(
                new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, true))) {
            ConnectorEndpoint endpoint = new ConnectorEndpoint("127.0.0.1", sandbox.port());
            TrustSettings trust = TrustSettings.pinned(sandbox.certificateSha256());
            Secret password = new Secret("Bench-Admin-1");
            try (SccClient setup = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), trust)) {
                setup.changeInitialPassword(new Secret("manage"), password);
            }
            sandbox.seed(subaccounts);
            Credentials admin = new Credentials("Administrator", password);

            long[] reused = new long[runs];
            long[] callerCpu = new long[runs];
            long[] processCpu = new long[runs];
            try (SccClient client = new SccClient(endpoint, admin, trust)) {
                for (int i = 0; i < warmUp; i++) {
                    check(client.monitoringSubaccounts(), subaccounts);
                }
                for (int i = 0; i < runs; i++) {
                    long cpuStart = THREADS.getCurrentThreadCpuTime();
                    long processStart = PROCESS.getProcessCpuTime();
                    long start = System.nanoTime();
                    List<MonitoredSubaccount> items = client.monitoringSubaccounts();
                    reused[i] = System.nanoTime() - start;
                    callerCpu[i] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                    processCpu[i] = PROCESS.getProcessCpuTime() - processStart;
                    check(items, subaccounts);
                }
            }
            long[] fresh = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try (SccClient client = new SccClient(endpoint, admin, trust)) {
                    List<MonitoredSubaccount> items = client.monitoringSubaccounts();
                    fresh[i] = System.nanoTime() - start;
                    check(items, subaccounts);
                }
            }
            System.out.printf(Locale.ROOT, "Dashboard refresh, %d subaccounts, one GET /api/monitoring/subaccounts over "
                    + "loopback HTTPS (sandbox), %d warm-up + %d measured runs, %d cores, load average %s%n",
                    subaccounts, warmUp, runs, Runtime.getRuntime().availableProcessors(), loadAverage());
            report("warm, connection reused", reused);
            report("new client each time (TLS handshake included)", fresh);
            report("CPU of the calling thread (client: TLS + parse)", callerCpu);
            report("CPU of the whole JVM (client + sandbox)", processCpu);
            boolean met = percentile(reused, 50) <= TARGET_MILLIS * 1_000_000 && percentile(reused, 95) <= TARGET_MILLIS * 1_000_000;
            System.out.printf(Locale.ROOT, "target: median and p95 < %d ms (warm): %s%n", TARGET_MILLIS, met ? "met" : "MISSED");
        } finally {
            deleteTree(data);
        }
    }

    /** The 1-minute load average (Linux), since other work on a shared machine dominates the spread. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void check(List<MonitoredSubaccount> items, int expected) {
        if (items.size() != expected) {
            throw new IllegalStateException("expected " + expected + " subaccounts, got " + items.size());
        }
    }

    private static void report(String label, long[] nanos) {
        System.out.printf(Locale.ROOT, "  %-48s median %6.1f ms   p95 %6.1f ms   min %6.1f ms   max %6.1f ms%n", label,
                millis(percentile(nanos, 50)), millis(percentile(nanos, 95)),
                millis(Arrays.stream(nanos).min().orElseThrow()), millis(Arrays.stream(nanos).max().orElseThrow()));
    }

    private static long percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
