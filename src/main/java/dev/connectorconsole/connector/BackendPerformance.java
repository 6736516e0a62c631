package dev.connectorconsole.connector;

import java.time.Instant;
import java.util.List;

/**
 * Call durations of one system mapping since {@code since} ({@code /api/monitoring/performance/backends}): buckets of
 * calls taking at least {@link Bucket#minimumCallDurationMs()} (and less than the next bucket's bound).
 */
public record BackendPerformance(String regionHost, String subaccount, String virtualHost, String virtualPort,
                                 String protocol, Instant since, List<Bucket> buckets) {
    public record Bucket(long minimumCallDurationMs, long numberOfCalls) {}

    public long calls() {
        return buckets.stream().mapToLong(Bucket::numberOfCalls).sum();
    }
}
