package dev.connectorconsole.connector;

import java.util.List;
import java.util.function.Function;

/**
 * The connector's monitoring API beyond subaccounts and backend connections ({@code /api/monitoring/...}, master
 * only, roles Administrator or Monitoring): alerts, certificates, memory, CPU, disk and traffic figures. Obtained with
 * {@link SccClient#monitoring()}; blocking, call it from a background thread.
 */
public final class ConnectorMonitoring {
    private final AdminCalls calls;

    ConnectorMonitoring(AdminCalls calls) {
        this.calls = calls;
    }

    /** The current alerts (connector 2.19+), in the connector's order. */
    public List<ConnectorAlert> alerts() {
        return get("alerts", "the alerts", MonitoringParser::alerts);
    }

    /** Every certificate with its private key on the connector (connector 2.13+), expired first, then expiring, ok. */
    public List<MonitoredCertificate> certificates() {
        return get("certificates", "the certificates", MonitoringParser::certificates);
    }

    /** One group of {@link #certificates()} (connector 2.17+ for the separate paths). */
    public List<MonitoredCertificate> certificates(MonitoredCertificate.Validity validity) {
        return get("certificates/" + validity.name().toLowerCase(java.util.Locale.ROOT), "the certificates",
                body -> MonitoringParser.certificates(body, validity));
    }

    public MemoryUsage memory() {
        return get("memory", "the memory figures", MonitoringParser::memory);
    }

    public CpuUsage cpu() {
        return get("cpu", "the CPU figures", MonitoringParser::cpu);
    }

    /** Disk use in MB (connector 2.17+). */
    public ResourceSplit disk() {
        return get("disk", "the disk figures", MonitoringParser::disk);
    }

    public List<ServiceChannelConnection> serviceChannelConnections() {
        return get("connections/serviceChannels", "the service channel connections", MonitoringParser::serviceChannels);
    }

    public List<BackendPerformance> backendPerformance() {
        return get("performance/backends", "the backend performance", MonitoringParser::performance);
    }

    public List<SlowCall> topTimeConsumers() {
        return get("performance/topTimeConsumers", "the slowest calls", MonitoringParser::topTimeConsumers);
    }

    public List<BackendUsage> usage() {
        return get("usage", "the usage statistics", MonitoringParser::usage);
    }

    private <T> T get(String path, String what, Function<String, T> parser) {
        return calls.json("GET", calls.url("api/monitoring/" + path).build(), null, what, parser);
    }
}
