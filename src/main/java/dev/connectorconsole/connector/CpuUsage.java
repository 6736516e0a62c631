package dev.connectorconsole.connector;

/** {@code /api/monitoring/cpu} (connector 2.17+): the host's CPU load and the connector's share, in percent. */
public record CpuUsage(double totalPercent, double cloudConnectorPercent) {
}
