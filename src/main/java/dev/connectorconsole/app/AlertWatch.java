package dev.connectorconsole.app;

import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.connector.MonitoredCertificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Watches the fleet's alerts and certificates between refreshes. An alert is new when the previous reading of its
 * connector did not have it: told once while it stays, told again when it clears and comes back; the alerts of a
 * connector's first reading are where the watch starts, not news. A certificate is told when it comes within its
 * connector's expiry threshold (or has expired), first reading included, at most once per {@link #CERTIFICATE_QUIET}.
 * A connector not read this time keeps what was seen before. Plain Java; the caller decides how to tell the user.
 */
public final class AlertWatch {
    /** At most one message per certificate within this time. */
    public static final Duration CERTIFICATE_QUIET = Duration.ofDays(1);

    /** What one refresh found worth telling. */
    public record Findings(List<AlertNews> alerts, List<CertificateNews> certificates) {
        public Findings {
            alerts = List.copyOf(alerts);
            certificates = List.copyOf(certificates);
        }
    }

    private final Map<String, Set<String>> alertsSeen = new HashMap<>();
    private final Map<String, Boolean> certificateWithin = new HashMap<>();
    private final Map<String, Instant> certificateTold = new HashMap<>();

    /** Compares with the previous readings; returns what to tell now. */
    public synchronized Findings observe(List<FleetReading> readings, Instant now) {
        List<AlertNews> alerts = new ArrayList<>();
        List<CertificateNews> certificates = new ArrayList<>();
        for (FleetReading reading : readings) {
            if (reading.state() != FleetReading.State.READ) {
                continue;
            }
            String connector = reading.profile().name();
            reading.health().alerts().ifPresent(current -> alerts.addAll(newAlerts(connector, current)));
            reading.health().certificates().ifPresent(current -> certificates.addAll(
                    expiring(connector, current, reading.health().expiringDays(), now)));
        }
        return new Findings(alerts, certificates);
    }

    private List<AlertNews> newAlerts(String connector, List<ConnectorAlert> current) {
        Set<String> keys = new HashSet<>();
        List<AlertNews> news = new ArrayList<>();
        Set<String> before = alertsSeen.get(connector.toLowerCase(Locale.ROOT));
        for (ConnectorAlert alert : current) {
            String key = key(alert.type(), alert.status(), alert.entity());
            if (keys.add(key) && before != null && !before.contains(key)) {
                news.add(new AlertNews(connector, alert));
            }
        }
        alertsSeen.put(connector.toLowerCase(Locale.ROOT), keys);
        return news;
    }

    private List<CertificateNews> expiring(String connector, List<MonitoredCertificate> current, int days,
                                           Instant now) {
        List<CertificateNews> news = new ArrayList<>();
        for (MonitoredCertificate certificate : current) {
            Long left = certificate.daysLeft(now);
            if (left == null) {
                continue;
            }
            String key = key(connector, certificate.type(), certificate.subaccount(), certificate.regionHost(),
                    certificate.serialNumber());
            boolean within = left < days;
            Boolean before = certificateWithin.put(key, within);
            if (within && !Boolean.TRUE.equals(before) && quietOver(key, now)) {
                certificateTold.put(key, now);
                news.add(new CertificateNews(connector, certificate, left));
            }
        }
        return news;
    }

    private boolean quietOver(String key, Instant now) {
        Instant told = certificateTold.get(key);
        return told == null || !now.isBefore(told.plus(CERTIFICATE_QUIET));
    }

    private static String key(String... parts) {
        return String.join("|", Arrays.stream(parts).map(part -> part == null ? "" : part).toList())
                .toLowerCase(Locale.ROOT);
    }
}
