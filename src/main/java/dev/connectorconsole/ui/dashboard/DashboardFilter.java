package dev.connectorconsole.ui.dashboard;

import dev.connectorconsole.connector.TunnelState;

/** The dashboard's state filter buttons. */
public enum DashboardFilter {
    ALL("All"), CONNECTED("Connected"), DISCONNECTED("Disconnected"), FAILED("Failed");

    private final String label;

    DashboardFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepts(DashboardRow row) {
        return switch (this) {
            case ALL -> true;
            case CONNECTED -> row.state() == TunnelState.CONNECTED;
            case DISCONNECTED -> row.state() == TunnelState.DISCONNECTED;
            case FAILED -> row.state() == TunnelState.CONNECT_FAILURE || row.state() == TunnelState.UNKNOWN;
        };
    }
}
