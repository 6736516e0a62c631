package dev.connectorconsole.app;

import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.PublishedPortRoute;
import dev.connectorconsole.lifecycle.ContainerReplacement;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shadow on another engine than the master's: no network is shared, so the shadow reaches the master through the
 * master's published admin port where {@link PublishedPortRoute} says, and the master accepts this shadow's host
 * only. When the master's port is published where the shadow cannot reach it, the master is first recreated (volumes
 * and options kept) to publish it on the address the route names as well, and put back so when a later step fails.
 */
final class PublishedPortPlacement implements ShadowPlacement {
    /**
     * What the placement needs to know about both engines and this computer.
     *
     * @param shadowGateway the shadow engine's bridge gateway (both engines here), where its containers reach this computer
     * @param masterGateway the same for the master's engine
     */
    record Engines(EngineConnection master, EngineEndpoint shadow, String shadowEngineName, String shadowGateway,
                   String masterGateway, String requestedIp, String thisComputer) {}

    private final Engines engines;
    private final ContainerManager masterContainers;
    private final ContainerManager shadowContainers;
    private PublishedPortRoute route;
    private List<String> boundBefore;

    PublishedPortPlacement(Engines engines, ContainerManager shadowContainers) {
        this.engines = engines;
        this.masterContainers = new ContainerManager(engines.master());
        this.shadowContainers = shadowContainers;
    }

    /** The route for {@code master} as it is published now, and that list of addresses. */
    static PublishedPortRoute routeFor(Engines engines, List<String> boundNow) {
        return PublishedPortRoute.decide(engines.master().endpoint(), engines.shadow(), mostReachable(boundNow),
                engines.shadowGateway(), engines.requestedIp(), engines.thisComputer());
    }

    /** Every interface, else an address beyond loopback, else loopback (null when not published). */
    static String mostReachable(List<String> addresses) {
        return addresses.stream().filter(a -> a.equals(PublishAddress.ALL_INTERFACES) || a.equals("::")).findFirst()
                .or(() -> addresses.stream().filter(a -> !PublishAddress.isLoopback(a)).findFirst())
                .orElse(addresses.isEmpty() ? null : addresses.get(0));
    }

    @Override
    public String prepareStep(ShadowRequest request) {
        return "Preparing the way from engine '" + engines.shadowEngineName() + "' to " + request.masterContainer();
    }

    @Override
    public void check(ContainerSnapshot master, ShadowRequest request) {
        if (master.hostPort() == null) {
            throw new IllegalStateException("The master container " + request.masterContainer()
                    + " publishes no admin port, so a shadow on another engine cannot reach it.");
        }
        if (!shadowContainers.hasImage(master.image())) {
            throw new IllegalStateException("The image " + master.image() + " is not on engine '"
                    + engines.shadowEngineName() + "': build or load it there first. Nothing was changed.");
        }
        boundBefore = masterContainers.adminPortAddresses(request.masterContainer());
        route = routeFor(engines, boundBefore);
        if (!route.reachable()) {
            throw new IllegalStateException(route.problem() + " Nothing was changed.");
        }
    }

    @Override
    public MasterRoute prepare(ContainerSnapshot master, ShadowRequest request, SccClient masterClient, Undo undo,
                               Consumer<String> progress) {
        if (route.alsoPublishOn() != null) {
            List<String> widened = new ArrayList<>(boundBefore);
            widened.add(route.alsoPublishOn());
            progress.accept("Recreating " + request.masterContainer() + " to publish its port on "
                    + route.alsoPublishOn() + " as well (volumes and options kept)…");
            republish(request.masterContainer(), widened, masterClient, progress);
            undo.push("published " + request.masterContainer() + "'s port on " + String.join(", ", boundBefore)
                    + " only again", () -> republish(request.masterContainer(), boundBefore, masterClient, progress));
        }
        String shadowHost = PublishedPortRoute.shadowHost(engines.shadow(), engines.thisComputer());
        progress.accept("The shadow reaches " + request.masterContainer() + " at " + route.host() + ":"
                + master.hostPort() + "; the master accepts the shadow host " + shadowHost + " only.");
        return new MasterRoute(route.host(), master.hostPort(), route.extraHosts(), shadowHost, true);
    }

    /**
     * The way back, decided like the way there with the engines' parts swapped: the master's container dials the
     * shadow's published port. A host-gateway name would need an entry in the master's /etc/hosts, so the master's
     * engine's gateway address is dialled instead.
     */
    @Override
    public ShadowReach reachBack(ShadowRequest request, int shadowPort) {
        String shadowBound = PublishAddress.decide(PublishAddress.LOOPBACK, engines.shadow()).bindIp();
        PublishedPortRoute back = PublishedPortRoute.decide(engines.shadow(), engines.master().endpoint(), shadowBound,
                engines.masterGateway(), engines.requestedIp(), engines.thisComputer());
        if (!back.reachable()) {
            return new ShadowReach(null, List.of(), "Roles cannot be switched for this pair: after a switch "
                    + request.masterContainer() + " would dial the shadow's port, published on " + shadowBound
                    + " on engine '" + engines.shadowEngineName() + "', which its engine cannot reach. Choose \"Other"
                    + " machines too\" or one address in Settings → Admin port, then make the pair again.");
        }
        String host = back.extraHosts().isEmpty() ? back.host() : engines.masterGateway();
        List<String> also = back.alsoPublishOn() == null ? List.of() : List.of(back.alsoPublishOn());
        return new ShadowReach(host + ":" + shadowPort, also, null);
    }

    @Override
    public void attach(ShadowRequest request, Undo undo) {
        // the shadow dials the master's published port: nothing to join
    }

    private void republish(String container, List<String> addresses, SccClient masterClient, Consumer<String> progress) {
        ReplacementOutcome outcome = new ContainerReplacement(engines.master())
                .republish(container, addresses, SubaccountChecks.through(masterClient), progress);
        if (!outcome.succeeded()) {
            throw new IllegalStateException(outcome.message());
        }
    }

    /** The master's HA settings that accept only {@code shadowHost}, HA on. */
    static MasterHaConfig allowing(MasterHaConfig before, String shadowHost) {
        return new MasterHaConfig(true, before.haPort(), shadowHost);
    }
}
