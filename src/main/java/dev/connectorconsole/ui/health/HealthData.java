package dev.connectorconsole.ui.health;

import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.ConnectorMonitoring;
import dev.connectorconsole.connector.CpuUsage;
import dev.connectorconsole.connector.MemoryUsage;
import dev.connectorconsole.connector.MonitoredCertificate;
import dev.connectorconsole.connector.ResourceSplit;
import dev.connectorconsole.connector.SccClient;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** One Health refresh, read off the FX thread: alerts newest first, certificates soonest to expire first, figures. */
record HealthData(List<ConnectorAlert> alerts, List<MonitoredCertificate> certificates, MemoryUsage memory,
                  CpuUsage cpu, ResourceSplit disk) {
    static HealthData read(SccClient client) {
        ConnectorMonitoring monitoring = client.monitoring();
        List<ConnectorAlert> alerts = monitoring.alerts().stream()
                .sorted(Comparator.comparing(ConnectorAlert::time, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        List<MonitoredCertificate> certificates = monitoring.certificates().stream()
                .sorted(Comparator.comparing(MonitoredCertificate::validTo, Comparator.nullsLast(Comparator.<Instant>naturalOrder())))
                .toList();
        return new HealthData(alerts, certificates, monitoring.memory(), monitoring.cpu(), monitoring.disk());
    }
}
