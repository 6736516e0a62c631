package dev.connectorconsole.engine;

import java.net.URI;

/**
 * The parts of {@code ssh://[user@]host[:port][/remote/socket]}.
 *
 * @param user         null when the address names none (ssh then uses ~/.ssh/config or the local user)
 * @param port         0 when the address names none (ssh then uses ~/.ssh/config or 22)
 * @param remoteSocket the engine's socket on the remote host
 */
record SshAddress(String user, String host, int port, String remoteSocket) {
    static SshAddress of(URI address) {
        String host = address.getHost();
        if (host == null || host.isBlank()) {
            throw new EngineException(EngineException.Kind.WRONG_HOST, "The engine address " + address
                    + " names no host. Write it like ssh://user@build-host.");
        }
        String path = address.getPath();
        String socket = path == null || path.isBlank() || path.equals("/") ? SshTunnel.REMOTE_SOCKET : path;
        return new SshAddress(address.getUserInfo(), host, Math.max(0, address.getPort()), socket);
    }

    /** As one types it after {@code ssh}: "user@host" or "host". */
    String destination() {
        return (user == null ? "" : user + "@") + host + (port > 0 ? " -p " + port : "");
    }
}
