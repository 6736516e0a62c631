package dev.connectorconsole.connector;

import java.util.Objects;

/** Where a connector's admin UI and REST API listen, e.g. {@code localhost:8443}. */
public record ConnectorEndpoint(String host, int port) {
    public ConnectorEndpoint {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** "host:port", for messages. */
    public String display() {
        return host + ":" + port;
    }
}
