package dev.connectorconsole.sandbox;

/**
 * SANDBOX: a {@code host:port} the HA link carries: where the peer reaches an instance, which differs from its own host
 * and port when it runs in a container whose port is published elsewhere (another engine, another port).
 */
record HaLinkAddress(String host, int port) {
    /** The address in {@code text} ({@code host:port} or {@code [v6]:port}); null when absent or not one. */
    static HaLinkAddress parse(String text) {
        if (text == null) {
            return null;
        }
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return null;
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            return null;
        }
        String digits = text.substring(colon + 1);
        if (host.isBlank() || !digits.matches("\\d{1,5}")) {
            return null;
        }
        int port = Integer.parseInt(digits);
        return port < 1 || port > 65_535 ? null : new HaLinkAddress(host, port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
