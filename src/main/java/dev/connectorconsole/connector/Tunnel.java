package dev.connectorconsole.connector;

import java.time.Instant;
import java.util.List;

/**
 * Tunnel of a subaccount. {@code connectedSince} is null when not connected (the connector reports 0 or omits it);
 * {@code subaccountCertificate} is null when the connector does not report one (older versions).
 */
public record Tunnel(TunnelState state, Instant connectedSince, int connections,
                     List<ApplicationConnection> applicationConnections, SubaccountCertificate subaccountCertificate,
                     String user) {
    public Tunnel {
        applicationConnections = List.copyOf(applicationConnections);
    }

    static Tunnel unknown() {
        return new Tunnel(TunnelState.UNKNOWN, null, 0, List.of(), null, null);
    }
}
