package dev.connectorconsole.sandbox;

/**
 * The HTTPS proxy the connector uses to reach the cloud ({@code /api/v1/configuration/connector/proxy}). The sandbox
 * never connects through it, so it keeps only whether a password was given, never the password itself.
 */
final class ProxyData {
    public String host;
    public int port;
    public String user;
    public boolean passwordSet;
}
