package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.TunnelState;

/** The word and CSS class for a tunnel state, shared by the subaccount list and the dashboard. */
public final class TunnelStates {
    private TunnelStates() {}

    public static String word(TunnelState state) {
        return switch (state == null ? TunnelState.UNKNOWN : state) {
            case CONNECTED -> "Connected";
            case DISCONNECTED -> "Disconnected";
            case CONNECT_FAILURE -> "Connection failed";
            case UNKNOWN -> "Unknown";
        };
    }

    /** One of tunnel-connected, tunnel-disconnected, tunnel-failed, tunnel-unknown (colours live in CSS). */
    public static String styleClass(TunnelState state) {
        return switch (state == null ? TunnelState.UNKNOWN : state) {
            case CONNECTED -> "tunnel-connected";
            case DISCONNECTED -> "tunnel-disconnected";
            case CONNECT_FAILURE -> "tunnel-failed";
            case UNKNOWN -> "tunnel-unknown";
        };
    }

    public static final String[] ALL_STYLE_CLASSES =
            {"tunnel-connected", "tunnel-disconnected", "tunnel-failed", "tunnel-unknown"};
}
