package dev.connectorconsole.engine;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * How a container on one engine (the shadow's) reaches a port published by another engine (the master's): the one
 * place that decides the host the container dials, the extra host entry it needs, and whether the master's port must
 * be published on one more address first. No I/O.
 * <ul>
 * <li>The master's engine on another machine: its host name (or the one address the port is published on).</li>
 * <li>Both engines on this computer: {@code host.docker.internal}, which {@code host-gateway} points at the shadow
 *     engine's bridge gateway. A port published on loopback only cannot be reached from a container: the master must
 *     publish it on that gateway address too (only this computer has it, unlike every interface).</li>
 * <li>The master here and the shadow on another machine: this computer's name or the one address the port is on; a
 *     port on loopback needs the Settings' "other machines" choice, which only the user may make.</li>
 * </ul>
 *
 * @param host        what the shadow container dials to reach the master's published port
 * @param extraHosts  {@code name:address} entries the shadow container needs for {@code host}
 * @param alsoPublishOn null when the master's port is reachable as published; otherwise the address it must be
 *                    published on as well (the master is recreated for that)
 * @param problem     null, or why the shadow cannot reach the master and what the user can do
 */
public record PublishedPortRoute(String host, List<String> extraHosts, String alsoPublishOn, String problem) {
    public static final String HOST_GATEWAY_NAME = "host.docker.internal";
    public static final String HOST_GATEWAY_ENTRY = HOST_GATEWAY_NAME + ":host-gateway";

    public PublishedPortRoute {
        extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
    }

    /**
     * What the two engines and the master's binding give.
     *
     * @param masterBoundIp  the address the master's admin port is published on now (null or 0.0.0.0: every interface)
     * @param shadowGateway  the shadow engine's default bridge gateway, null when unknown
     * @param requestedIp    the Settings' admin port address for new containers (127.0.0.1, 0.0.0.0 or one address)
     * @param thisComputer   this computer's host name, as other machines know it
     */
    public static PublishedPortRoute decide(EngineEndpoint master, EngineEndpoint shadow, String masterBoundIp,
                                            String shadowGateway, String requestedIp, String thisComputer) {
        boolean anyInterface = isAnyInterface(masterBoundIp);
        boolean loopback = !anyInterface && PublishAddress.isLoopback(masterBoundIp);
        if (!PublishAddress.engineOnThisComputer(master)) {
            if (loopback) {
                return unreachable("The master's port is published on its engine's loopback only, which nothing"
                        + " outside its host reaches: recreate it published on its host's address, then pair again.");
            }
            return direct(anyInterface ? hostOf(master) : masterBoundIp);
        }
        if (PublishAddress.engineOnThisComputer(shadow)) {
            if (!anyInterface && !loopback) {
                return direct(masterBoundIp);
            }
            if (loopback && shadowGateway == null) {
                return unreachable("The shadow's engine did not say its bridge gateway address, so the master's port"
                        + " (on 127.0.0.1 only) cannot be published where the shadow reaches it.");
            }
            return new PublishedPortRoute(HOST_GATEWAY_NAME, List.of(HOST_GATEWAY_ENTRY), loopback ? shadowGateway : null,
                    null);
        }
        if (anyInterface) {
            return direct(thisComputer);
        }
        if (!loopback) {
            return direct(masterBoundIp);
        }
        String requested = requestedIp == null || requestedIp.isBlank() ? PublishAddress.LOOPBACK : requestedIp.trim();
        if (PublishAddress.isLoopback(requested)) {
            return unreachable("The master's port is published on this computer's loopback only (Settings → Admin port:"
                    + " only this computer), which a shadow on another machine cannot reach. Choose \"Other machines"
                    + " too\" or one address there, then make the pair again: the master is then published there too.");
        }
        return new PublishedPortRoute(isAnyInterface(requested) ? thisComputer : requested, List.of(), requested, null);
    }

    /**
     * The host name the shadow gives as its own, which the master is told to allow: the shadow engine's host, or this
     * computer's name when it runs here.
     */
    public static String shadowHost(EngineEndpoint shadow, String thisComputer) {
        return PublishAddress.engineOnThisComputer(shadow) ? thisComputer : hostOf(shadow);
    }

    /** True when the shadow can reach the master once {@link #alsoPublishOn} (if any) is done. */
    public boolean reachable() {
        return problem == null;
    }

    /** A sentence for the user: how the shadow reaches {@code master}'s port, and what changes on the master first. */
    public String describe(String master, String masterBoundIp, int port) {
        if (!reachable()) {
            return problem;
        }
        String how = "The shadow reaches " + master + " at " + host + ":" + port
                + (extraHosts.isEmpty() ? "." : " (this computer, seen from its containers).");
        if (alsoPublishOn == null) {
            return how;
        }
        String where = isAnyInterface(alsoPublishOn) ? "every interface (other machines too)"
                : alsoPublishOn + (extraHosts.isEmpty() ? "" : " (the Docker bridge gateway, which other machines cannot reach)");
        return how + " " + master + "'s port is published on " + (masterBoundIp == null ? "loopback" : masterBoundIp)
                + " only, which the shadow cannot reach: " + master + " is first recreated to publish it also on " + where
                + ". It keeps its volumes, options and configuration; it is stopped for a few seconds.";
    }

    private static PublishedPortRoute direct(String host) {
        return new PublishedPortRoute(host, List.of(), null, null);
    }

    private static PublishedPortRoute unreachable(String problem) {
        return new PublishedPortRoute(null, List.of(), null, problem);
    }

    private static boolean isAnyInterface(String ip) {
        return ip == null || ip.isBlank() || PublishAddress.ALL_INTERFACES.equals(ip) || "::".equals(ip);
    }

    private static String hostOf(EngineEndpoint engine) {
        URI host = engine.host();
        return host.getHost() == null ? "localhost" : host.getHost().toLowerCase(Locale.ROOT);
    }
}
