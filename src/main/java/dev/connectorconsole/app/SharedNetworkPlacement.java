package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.ContainerSpec;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shadow on the master's engine: both on one user-defined network (the master joins it without being recreated),
 * where the shadow reaches the master by its container name on the connector's own port.
 */
final class SharedNetworkPlacement implements ShadowPlacement {
    private final ContainerNetworks networks;

    SharedNetworkPlacement(ContainerNetworks networks) {
        this.networks = networks;
    }

    @Override
    public String prepareStep(ShadowRequest request) {
        return "Preparing the network " + request.network();
    }

    @Override
    public void check(ContainerSnapshot master, ShadowRequest request) {
        // nothing to check before the network is made
    }

    @Override
    public MasterRoute prepare(ContainerSnapshot master, ShadowRequest request, SccClient masterClient, Undo undo,
                               Consumer<String> progress) {
        if (networks.ensure(request.network(), master.labels())) {
            undo.push("removed the network " + request.network(), () -> networks.remove(request.network()));
        }
        if (networks.connect(request.network(), request.masterContainer())) {
            undo.push("disconnected the master from " + request.network(),
                    () -> networks.disconnect(request.network(), request.masterContainer()));
        }
        return new MasterRoute(request.masterContainer(), ContainerSpec.CONTAINER_PORT, List.of(),
                request.shadowContainer(), false);
    }

    @Override
    public ShadowReach reachBack(ShadowRequest request, int shadowPort) {
        return new ShadowReach(request.shadowContainer() + ":" + ContainerSpec.CONTAINER_PORT, List.of(), null);
    }

    @Override
    public void attach(ShadowRequest request, Undo undo) {
        networks.connect(request.network(), request.shadowContainer());
    }
}
