package dev.connectorconsole.connector;

/** One system mapping's connections as the monitoring API reports them ({@code virtualBackend} = host:port). */
public record BackendConnection(String regionHost, String subaccount, String locationID, String virtualBackend,
                                String internalBackend, String protocol, int idle, int active) {
}
