package dev.connectorconsole.connector;

import java.time.Instant;

/** One of the slowest calls ({@code /api/monitoring/performance/topTimeConsumers}); times in ms. */
public record SlowCall(String regionHost, String subaccount, Instant start, String protocol, String virtualBackend,
                       String internalBackend, String resource, String user, long sentBytes, long receivedBytes,
                       long totalTime, long externalTime, long latencyTime) {
}
