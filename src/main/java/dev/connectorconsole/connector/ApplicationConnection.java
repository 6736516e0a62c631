package dev.connectorconsole.connector;

/** A cloud application currently connected through the tunnel. */
public record ApplicationConnection(int connectionCount, String name, String type) {
}
