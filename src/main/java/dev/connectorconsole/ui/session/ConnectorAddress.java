package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.engine.PublishAddress;

/**
 * When two admin addresses reach the same connector: the same port, and the same host or two loopback names
 * ({@code localhost}, {@code 127.x.x.x}, {@code ::1}) — a container's published port answers on all of them.
 */
public final class ConnectorAddress {
    private ConnectorAddress() {}

    public static boolean same(ConnectorEndpoint a, ConnectorEndpoint b) {
        return a != null && b != null && a.port() == b.port() && sameHost(a.host(), b.host());
    }

    public static boolean sameHost(String a, String b) {
        return a.equalsIgnoreCase(b) || (isLoopback(a) && isLoopback(b));
    }

    public static boolean isLoopback(String host) {
        return PublishAddress.isLoopback(host);
    }
}
