package dev.connectorconsole.connector;

import java.util.Locale;

/** State of a subaccount's tunnel as the connector reports it ("Connected", "Disconnected", "ConnectFailure"). */
public enum TunnelState {
    CONNECTED, DISCONNECTED, CONNECT_FAILURE, UNKNOWN;

    public static TunnelState fromApi(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "connected" -> CONNECTED;
            case "disconnected" -> DISCONNECTED;
            case "connectfailure", "connect_failure" -> CONNECT_FAILURE;
            default -> UNKNOWN;
        };
    }
}
