package dev.connectorconsole.engine;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a connector's admin port is published on the engine's machine, and the host this app reaches it at: the one
 * place that decides both, from the address the user asked for and where the engine runs.
 * <ul>
 * <li>An engine on this computer (a local socket, or tcp to a loopback name) publishes on the requested address:
 *     127.0.0.1 by default, 0.0.0.0 for every interface, or one chosen address. The app reaches it at localhost,
 *     or at the chosen address when that is not loopback.</li>
 * <li>An engine on another machine cannot serve this computer over its own loopback: "only this computer" becomes
 *     the engine host's address, and the app reaches the connector at the engine host.</li>
 * </ul>
 *
 * @param bindIp    the host IP the engine publishes the port on
 * @param adminHost the host name or address to reach the admin API at
 */
public record PublishAddress(String bindIp, String adminHost) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final String ALL_INTERFACES = "0.0.0.0";
    private static final String LOCALHOST = "localhost";

    /**
     * @param requestedIp 127.0.0.1, 0.0.0.0 or one address; null or blank means 127.0.0.1
     * @throws EngineException when a remote engine's host name does not resolve (this resolves it: call off the UI thread)
     */
    public static PublishAddress decide(String requestedIp, EngineEndpoint engine) {
        String requested = requestedIp == null || requestedIp.isBlank() ? LOOPBACK : requestedIp.trim();
        Optional<String> remote = remoteHost(engine);
        String bind = remote.isPresent() && isLoopback(requested) ? resolve(remote.get()) : requested;
        return new PublishAddress(bind, reachAt(bind, engine));
    }

    /** The host to reach a port the engine published on {@code boundIp} (null or blank: every interface). No I/O. */
    public static String reachAt(String boundIp, EngineEndpoint engine) {
        boolean anyInterface = boundIp == null || boundIp.isBlank() || ALL_INTERFACES.equals(boundIp)
                || "::".equals(boundIp);
        if (!anyInterface && !isLoopback(boundIp)) {
            return boundIp;
        }
        return remoteHost(engine).orElse(LOCALHOST);
    }

    /** True when the engine runs on this computer: a local socket or pipe, or tcp/ssh to a loopback name. */
    public static boolean engineOnThisComputer(EngineEndpoint engine) {
        return remoteHost(engine).isEmpty();
    }

    /** {@code localhost}, 127.x.x.x or ::1. */
    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals(LOCALHOST) || name.startsWith("127.") || name.equals("::1") || name.equals("[::1]")
                || name.equals("0:0:0:0:0:0:0:1");
    }

    /** True when other machines may reach the published port. */
    public boolean beyondLoopback() {
        return !isLoopback(bindIp);
    }

    private static Optional<String> remoteHost(EngineEndpoint engine) {
        URI host = engine.host();
        String scheme = host.getScheme() == null ? "" : host.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("tcp") && !scheme.equals("ssh") && !scheme.equals("http") && !scheme.equals("https")) {
            return Optional.empty();
        }
        return Optional.ofNullable(host.getHost()).filter(h -> !isLoopback(h));
    }

    private static String resolve(String engineHost) {
        try {
            return InetAddress.getByName(engineHost).getHostAddress();
        } catch (UnknownHostException e) {
            throw new EngineException(EngineException.Kind.WRONG_HOST, "The engine host '" + engineHost
                    + "' has no address to publish the connector on. Choose \"Other machines too\" in Settings,"
                    + " or check the engine address.", e);
        }
    }
}
