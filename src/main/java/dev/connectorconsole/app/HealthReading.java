package dev.connectorconsole.app;

import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.MonitoredCertificate;
import dev.connectorconsole.connector.SccClient;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A connector's alerts and certificates as one fleet refresh read them, and how many days before expiry its
 * certificates count as expiring (its {@code certificateValidityDays} threshold, else {@link #DEFAULT_DAYS}). A part the
 * connector would not give (too old a version, a role without monitoring) is empty: unknown, not "none".
 */
public record HealthReading(Optional<List<ConnectorAlert>> alerts, Optional<List<MonitoredCertificate>> certificates,
                            int expiringDays) {
    public static final int DEFAULT_DAYS = 30;
    public static final HealthReading NONE = new HealthReading(Optional.empty(), Optional.empty(), DEFAULT_DAYS);

    public HealthReading {
        alerts = alerts.map(List::copyOf);
        certificates = certificates.map(List::copyOf);
    }

    /** Blocking: three calls to the connector; one that fails leaves its part unknown. */
    static HealthReading read(SccClient client) {
        var monitoring = client.monitoring();
        int days = attempt(() -> client.settings().alertThresholds().certificateValidityDays())
                .filter(value -> value > 0).orElse(DEFAULT_DAYS);
        return new HealthReading(attempt(monitoring::alerts), attempt(monitoring::certificates), days);
    }

    private static <T> Optional<T> attempt(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }
}
