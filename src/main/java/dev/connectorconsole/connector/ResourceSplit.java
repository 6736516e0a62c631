package dev.connectorconsole.connector;

/**
 * How a resource (physical or virtual memory in KB, disk in MB) is shared: the total, what the connector uses
 * ({@code CloudConnector} in the API), what other processes use, and what is free.
 */
public record ResourceSplit(long total, long cloudConnector, long others, long free) {
    /** The connector's share of the total in percent, 0 when the total is unknown. */
    public double connectorPercent() {
        return total <= 0 ? 0 : 100.0 * cloudConnector / total;
    }
}
