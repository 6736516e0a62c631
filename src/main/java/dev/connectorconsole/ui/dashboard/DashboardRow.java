package dev.connectorconsole.ui.dashboard;

import dev.connectorconsole.connector.ApplicationConnection;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.Tunnel;
import dev.connectorconsole.connector.TunnelState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** One subaccount as the dashboard shows it. */
public record DashboardRow(String regionHost, String subaccount, String displayName, String locationId,
                           TunnelState state, Instant connectedSince, int connections,
                           List<ApplicationConnection> applications, Instant certificateNotAfter, int systems) {
    public static final int CERTIFICATE_WARNING_DAYS = 30;

    /** A row whose number of exposed systems is not known. */
    public DashboardRow(String regionHost, String subaccount, String displayName, String locationId, TunnelState state,
                        Instant connectedSince, int connections, List<ApplicationConnection> applications,
                        Instant certificateNotAfter) {
        this(regionHost, subaccount, displayName, locationId, state, connectedSince, connections, applications,
                certificateNotAfter, -1);
    }

    /** @param systems how many on-premise systems the subaccount exposes; -1 when the connector did not say */
    static DashboardRow of(MonitoredSubaccount item, int systems) {
        Tunnel tunnel = item.tunnel();
        TunnelState state = tunnel == null || tunnel.state() == null ? TunnelState.UNKNOWN : tunnel.state();
        String name = item.displayName() == null || item.displayName().isBlank() ? item.subaccount() : item.displayName();
        return new DashboardRow(item.regionHost(), item.subaccount(), name,
                Objects.requireNonNullElse(item.locationID(), ""), state,
                tunnel == null ? null : tunnel.connectedSince(),
                tunnel == null ? 0 : tunnel.connections(),
                tunnel == null || tunnel.applicationConnections() == null ? List.of() : tunnel.applicationConnections(),
                tunnel == null || tunnel.subaccountCertificate() == null ? null
                        : tunnel.subaccountCertificate().notAfter(), systems);
    }

    /** "3 exposed", "none", or "—" when unknown. */
    public String systemsText() {
        return systems < 0 ? "—" : systems == 0 ? "none" : systems + " exposed";
    }

    /** Whole days until the subaccount certificate expires (negative once expired); empty when unknown. */
    public OptionalLong certificateDaysLeft(Instant now) {
        if (certificateNotAfter == null) {
            return OptionalLong.empty();
        }
        Duration left = Duration.between(now, certificateNotAfter);
        return OptionalLong.of(left.isNegative() ? -Duration.between(certificateNotAfter, now).toDays() - 1
                : left.toDays());
    }

    public boolean certificateNeedsAttention(Instant now) {
        OptionalLong days = certificateDaysLeft(now);
        return days.isPresent() && days.getAsLong() <= CERTIFICATE_WARNING_DAYS;
    }

    public String certificateText(Instant now) {
        OptionalLong days = certificateDaysLeft(now);
        if (days.isEmpty()) {
            return "—";
        }
        long d = days.getAsLong();
        if (d < 0) {
            return "expired";
        }
        return d == 1 ? "1 day left" : d + " days left";
    }

    /** Empty unless connected with a known time. */
    public String connectedSinceText(Instant now) {
        return state == TunnelState.CONNECTED && connectedSince != null && connectedSince.toEpochMilli() > 0
                ? RelativeTime.since(connectedSince, now) : "—";
    }

    public String applicationsText() {
        if (applications.isEmpty()) {
            return "none";
        }
        return applications.size() + (applications.size() == 1 ? " app, " : " apps, ")
                + connections + (connections == 1 ? " connection" : " connections");
    }

    public String applicationsDetail() {
        return applications.stream()
                .map(app -> app.name() + " (" + app.type() + "): " + app.connectionCount())
                .collect(Collectors.joining("\n"));
    }
}
