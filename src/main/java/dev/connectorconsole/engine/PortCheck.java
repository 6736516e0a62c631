package dev.connectorconsole.engine;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/** Whether a host port can be published, who holds it, and which one is free instead. */
public final class PortCheck {
    private PortCheck() {}

    /** True when 0.0.0.0:port can be bound now. */
    public static boolean isFree(int port) {
        return isFree(PublishAddress.ALL_INTERFACES, port);
    }

    /**
     * True when ip:port can be bound now: what the engine will try when it publishes the port on that address of this
     * computer. A program on 0.0.0.0:port blocks 127.0.0.1:port too; one on another address does not.
     */
    public static boolean isFree(String ip, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(ip, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first port from {@code from} upwards that is free on every interface. */
    public static int nextFree(int from) {
        return nextFree(PublishAddress.ALL_INTERFACES, from);
    }

    /** The first port from {@code from} upwards that is free on {@code ip}. */
    public static int nextFree(String ip, int from) {
        for (int port = Math.max(1, from); port <= 65535; port++) {
            if (isFree(ip, port)) {
                return port;
            }
        }
        throw new EngineException(EngineException.Kind.PORT_IN_USE, "No free host port from " + from + " upwards.");
    }

    /** The process listening on the port, as "process 'name' (pid N)", when this OS lets us see it (Linux /proc). */
    public static Optional<String> holder(int port) {
        return ListeningProcesses.holderOf(port);
    }

    /** A container publishing the port (named "container 'x'"), else the process, else empty. */
    public static Optional<String> holder(EngineConnection engine, int port) {
        Optional<String> container = engine.client().listContainersCmd().exec().stream()
                .filter(c -> c.getPorts() != null)
                .filter(c -> java.util.Arrays.stream(c.getPorts()).anyMatch(p -> p.getPublicPort() != null && p.getPublicPort() == port))
                .map(c -> "container '" + ContainerNames.of(c.getNames()) + "'")
                .findFirst();
        return container.isPresent() ? container : holder(port);
    }
}
