package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.ConnectorEndpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Reads the connector's admin address as a user types it ("https://localhost:8443", "localhost:8443", "localhost"). */
public final class AdminUrl {
    public static final int DEFAULT_PORT = 8443;

    private AdminUrl() {}

    /** The endpoint, or empty when the text is not a usable https address (see {@link #problem(String)}). */
    public static Optional<ConnectorEndpoint> parse(String text) {
        return problem(text).isEmpty() ? Optional.of(endpointOf(uriOf(text))) : Optional.empty();
    }

    /** A sentence saying what is wrong with the address, or empty when it is fine. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of("Enter the connector's admin address, e.g. https://localhost:8443.");
        }
        URI uri = uriOf(text);
        if (uri == null || uri.getHost() == null) {
            return Optional.of("This is not an address: use https://host:port, e.g. https://localhost:8443.");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme())) {
            return Optional.of("The connector's admin API is served over HTTPS only: use https://.");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return Optional.of("The port must be between 1 and 65535.");
        }
        return Optional.empty();
    }

    public static String format(ConnectorEndpoint endpoint) {
        return "https://" + endpoint.host() + ":" + endpoint.port();
    }

    private static URI uriOf(String text) {
        String trimmed = text.trim();
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed;
        try {
            return new URI(withScheme);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static ConnectorEndpoint endpointOf(URI uri) {
        return new ConnectorEndpoint(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
    }
}
