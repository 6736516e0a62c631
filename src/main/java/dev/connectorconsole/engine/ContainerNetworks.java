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
     * container's extra hosts names. Empty when the engine has no default bridge.
     */
    public Optional<String> bridgeGateway() {
        try {
            var ipam = engine.client().inspectNetworkCmd().withNetworkId("bridge").exec().getIpam();
            return ipam == null || ipam.getConfig() == null ? Optional.empty() : ipam.getConfig().stream()
                    .map(c -> c.getGateway()).filter(g -> g != null && !g.isBlank() && !g.contains(":")).findFirst();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
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
