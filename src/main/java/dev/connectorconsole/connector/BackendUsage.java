package dev.connectorconsole.connector;

import java.time.Instant;

/** Traffic through one system mapping since the statistics began ({@code /api/monitoring/usage}). */
public record BackendUsage(String regionHost, String subaccount, String virtualHost, String virtualPort,
                           String protocol, long calls, long bytesReceived, long bytesSent, Instant mostRecentAccess) {
}
