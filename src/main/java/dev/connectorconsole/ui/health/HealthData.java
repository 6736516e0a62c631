package dev.connectorconsole.ui.health;

import dev.connectorconsole.connector.BackendConnection;
import dev.connectorconsole.connector.BackendUsage;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.ConnectorMonitoring;
import dev.connectorconsole.connector.CpuUsage;
import dev.connectorconsole.connector.MemoryUsage;
import dev.connectorconsole.connector.MonitoredCertificate;
import dev.connectorconsole.connector.ResourceSplit;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SlowCall;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * One Health refresh, read off the FX thread: alerts newest first, certificates soonest to expire first, figures, and
 * the traffic to internal systems (connections, usage, slowest calls).
 */
record HealthData(List<ConnectorAlert> alerts, List<MonitoredCertificate> certificates, MemoryUsage memory,
                  CpuUsage cpu, ResourceSplit disk, List<BackendConnection> connections, List<BackendUsage> usage,
                  List<SlowCall> slowest) {
    static HealthData read(SccClient client) {
        ConnectorMonitoring monitoring = client.monitoring();
        List<ConnectorAlert> alerts = monitoring.alerts().stream()
                .sorted(Comparator.comparing(ConnectorAlert::time, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<MonitoredCertificate> certificates = monitoring.certificates().stream()
                .sorted(Comparator.comparing(MonitoredCertificate::validTo, Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .toList();
        return new HealthData(alerts, certificates, monitoring.memory(), monitoring.cpu(), monitoring.disk(),
                orNone(client::backendConnections), orNone(monitoring::usage), orNone(monitoring::topTimeConsumers));
    }

    /** Traffic figures an older connector (or a role without them) does not give show as none, not as a failure. */
    private static <T> List<T> orNone(Supplier<List<T>> call) {
        try {
            return call.get();
        } catch (SccException notGiven) {
            return List.of();
        }
    }
}
