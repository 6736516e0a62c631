package dev.connectorconsole.engine;

import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;

import java.util.Map;
import java.util.Optional;

/**
 * User-defined bridge networks on which containers reach each other by name. Connecting a running container adds a
 * network to it without recreating it. Every failure is an {@link EngineException}.
 */
public final class ContainerNetworks {
    private final EngineConnection engine;

    public ContainerNetworks(EngineConnection engine) {
        this.engine = engine;
    }

    public boolean exists(String network) {
        try {
            engine.client().inspectNetworkCmd().withNetworkId(network).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** Creates the bridge network unless it exists; true when this call created it. */
    public boolean ensure(String network, Map<String, String> labels) {
        if (exists(network)) {
            return false;
        }
        try {
            engine.client().createNetworkCmd().withName(network).withDriver("bridge").withLabels(labels).exec();
            return true;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    public boolean isConnected(String network, String container) {
        try {
            Map<String, ContainerNetwork> networks = engine.client().inspectContainerCmd(container).exec()
                    .getNetworkSettings().getNetworks();
            return networks != null && networks.containsKey(network);
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** Connects the container (running or not) unless it is on the network already; true when this call connected it. */
    public boolean connect(String network, String container) {
        if (isConnected(network, container)) {
            return false;
        }
        try {
            engine.client().connectToNetworkCmd().withNetworkId(network).withContainerId(container).exec();
            return true;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    public void disconnect(String network, String container) {
        try {
            engine.client().disconnectFromNetworkCmd().withNetworkId(network).withContainerId(container).exec();
        } catch (NotFoundException gone) {
            // the container or the network is gone: it is not connected
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /**
     * The gateway address of the engine's default bridge: the host's address on it, which {@code host-gateway} in a
     * container's extra hosts names. The engine does not always say it; it then is the subnet's first address, as the
     * engine chooses it. Empty when the engine has no default bridge.
     */
    public Optional<String> bridgeGateway() {
        try {
            var ipam = engine.client().inspectNetworkCmd().withNetworkId("bridge").exec().getIpam();
            return ipam == null || ipam.getConfig() == null ? Optional.empty() : ipam.getConfig().stream()
                    .map(c -> c.getGateway() != null && !c.getGateway().isBlank() ? c.getGateway()
                            : firstAddressOf(c.getSubnet()))
                    .filter(g -> g != null && !g.contains(":")).findFirst();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** 172.17.0.1 for 172.17.0.0/16; null when {@code subnet} is not IPv4 CIDR. */
    static String firstAddressOf(String subnet) {
        if (subnet == null || !subnet.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")) {
            return null;
        }
        String[] parts = subnet.split("/");
        int bits = Integer.parseInt(parts[1]);
        long address = 0;
        for (String octet : parts[0].split("\\.")) {
            address = (address << 8) | Integer.parseInt(octet);
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        long first = (address & mask) + 1;
        return ((first >> 24) & 255) + "." + ((first >> 16) & 255) + "." + ((first >> 8) & 255) + "." + (first & 255);
    }

    public void remove(String network) {
        try {
            engine.client().removeNetworkCmd(network).exec();
        } catch (NotFoundException gone) {
            // already removed
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }
}
