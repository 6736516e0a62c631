package dev.connectorconsole.sandbox;

/** The tunnel state values the connector's API uses. */
final class TunnelState {
    static final String CONNECTED = "Connected";
    static final String DISCONNECTED = "Disconnected";
    static final String CONNECT_FAILURE = "ConnectFailure";

    private TunnelState() {}
}
