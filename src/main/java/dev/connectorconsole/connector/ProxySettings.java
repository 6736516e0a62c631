package dev.connectorconsole.connector;

/** The HTTPS proxy the connector uses to reach the cloud; the password itself is never read back, only whether one is set. */
public record ProxySettings(String host, int port, String user, boolean hasPassword) {}
