package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.MasterHaConfig;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.PublishedPortRoute;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.sandbox.SandboxOptions;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes a high-availability pair from a running master container: a shadow container from the master's image with its
 * own volumes, its admin port published on loopback, its initial password replaced by the master's, then paired with
 * the master. On the master's engine both share a user-defined network (the master joins it without being recreated)
 * and the shadow dials the master's container name; on another engine ({@link #acrossEngines}) the shadow dials the
 * master's published port. Each step is told to {@code progress}; when one fails, what was made is removed and the master's HA
 * settings are put back, and the {@link Failed} says so. Blocking; call it off the FX thread.
 */
public final class HaPairMaker {
    static final Secret INITIAL_PASSWORD = new Secret("manage");
    static final String SHADOW_USER = "Administrator";

    /** A step failed; the message names the step, why, and what was undone. Carries no secret. */
    public static final class Failed extends RuntimeException {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ContainerManager masterContainers;
    private final ContainerManager containers;
    private final ShadowPlacement placement;
    private final String adminHost;
    private final Duration readyTimeout;

    /**
     * The shadow on the master's engine, on a network shared with it.
     *
     * @param adminHost where this computer reaches ports the engine publishes on loopback ({@link PublishAddress#reachAt})
     */
    public HaPairMaker(ContainerManager containers, ContainerNetworks networks, String adminHost, Duration readyTimeout) {
        this(containers, containers, new SharedNetworkPlacement(networks), adminHost, readyTimeout);
    }

    private HaPairMaker(ContainerManager masterContainers, ContainerManager shadowContainers, ShadowPlacement placement,
                        String adminHost, Duration readyTimeout) {
        this.masterContainers = masterContainers;
        this.containers = shadowContainers;
        this.placement = placement;
        this.adminHost = adminHost;
        this.readyTimeout = readyTimeout;
    }

    /**
     * The shadow on another engine than the master's: it reaches the master through the master's published admin port
     * ({@link PublishedPortRoute}), the master accepts that shadow's host only, and the master is first published where
     * the shadow reaches it when it is not (recreated, volumes and options kept).
     *
     * @param master           the master's engine
     * @param shadow           the shadow's engine (closed by the caller)
     * @param shadowEngineName its name in Settings, for messages
     * @param requestedIp      the Settings' admin port address (who may reach ports the console publishes)
     * @param thisComputer     this computer's host name
     */
    public static HaPairMaker acrossEngines(EngineConnection master, EngineConnection shadow, String shadowEngineName,
                                            String requestedIp, String thisComputer, Duration readyTimeout) {
        PublishedPortPlacement.Engines engines = engines(master, shadow, shadowEngineName, requestedIp, thisComputer);
        ContainerManager shadowContainers = new ContainerManager(shadow);
        return new HaPairMaker(new ContainerManager(master), shadowContainers,
                new PublishedPortPlacement(engines, shadowContainers),
                PublishAddress.reachAt(PublishAddress.LOOPBACK, shadow.endpoint()), readyTimeout);
    }

    /**
     * Before anything changes: how a shadow on {@code shadow} would reach {@code masterContainer}, and what would change
     * on the master first; or why it cannot. Blocking (asks both engines).
     */
    public static String describeAcrossEngines(EngineConnection master, EngineConnection shadow, String shadowEngineName,
                                               String requestedIp, String thisComputer, String masterContainer) {
        PublishedPortPlacement.Engines engines = engines(master, shadow, shadowEngineName, requestedIp, thisComputer);
        ContainerManager masterContainers = new ContainerManager(master);
        ContainerSnapshot snapshot = masterContainers.inspect(masterContainer).orElseThrow(() ->
                new IllegalStateException("There is no container named " + masterContainer + "."));
        if (snapshot.hostPort() == null) {
            return "The master container " + masterContainer + " publishes no admin port: a shadow on engine '"
                    + shadowEngineName + "' cannot reach it.";
        }
        List<String> bound = masterContainers.adminPortAddresses(masterContainer);
        return "The shadow runs on engine '" + shadowEngineName + "'. " + PublishedPortPlacement.routeFor(engines, bound)
                .describe(masterContainer, PublishedPortPlacement.mostReachable(bound), snapshot.hostPort());
    }

    private static PublishedPortPlacement.Engines engines(EngineConnection master, EngineConnection shadow,
                                                          String shadowEngineName, String requestedIp, String thisComputer) {
        boolean bothHere = PublishAddress.engineOnThisComputer(master.endpoint())
                && PublishAddress.engineOnThisComputer(shadow.endpoint());
        String gateway = bothHere ? new ContainerNetworks(shadow).bridgeGateway().orElse(null) : null;
        String masterGateway = bothHere ? new ContainerNetworks(master).bridgeGateway().orElse(null) : null;
        return new PublishedPortPlacement.Engines(master, shadow.endpoint(), shadowEngineName, gateway, masterGateway,
                requestedIp, thisComputer);
    }

    /** @param master the signed-in client of the master container's admin API */
    public ShadowMade make(ShadowRequest request, SccClient master, Consumer<String> progress) {
        Undo undo = new Undo();
        String step = "Reading the master container";
        try {
            progress.accept(step + " " + request.masterContainer() + "…");
            ContainerSnapshot snapshot = masterContainers.inspect(request.masterContainer())
                    .filter(ContainerSnapshot::running)
                    .orElseThrow(() -> new IllegalStateException("The master container " + request.masterContainer()
                            + " is not running."));
            if (containers.inspect(request.shadowContainer()).isPresent()) {
                throw new IllegalStateException("A container named " + request.shadowContainer() + " exists already.");
            }
            placement.check(snapshot, request);

            step = placement.prepareStep(request);
            progress.accept(step + "…");
            ShadowPlacement.MasterRoute route = placement.prepare(snapshot, request, master, undo, progress);

            step = "Copying the image " + snapshot.image() + " to the shadow's engine";
            if (containers.copyImageIfMissing(masterContainers, snapshot.image(),
                    bytes -> progress.accept(copyProgress(snapshot.image(), bytes)))) {
                undo.push("removed the image " + snapshot.image() + " copied to the shadow's engine",
                        () -> containers.removeUnusedImage(snapshot.image()));
                progress.accept("Copied the image " + snapshot.image() + " to the shadow's engine.");
            }

            int port = PortCheck.nextFree(PublishAddress.LOOPBACK,
                    snapshot.hostPort() == null ? 8444 : snapshot.hostPort() + 1);
            step = "Starting the shadow container " + request.shadowContainer() + " on port " + port;
            progress.accept(step + "…");
            ShadowPlacement.ShadowReach back = placement.reachBack(request, port);
            ContainerSpec spec = containers.forImage(withWayBack(ContainerSpec.connectorDefaults(request.shadowContainer(),
                    snapshot.image(), port).withLabels(snapshot.labels()).withExtraHosts(route.extraHosts()), back));
            if (back.reachableAt() != null) {
                progress.accept("After a switch of roles, " + request.masterContainer() + " reaches the shadow at "
                        + back.reachableAt() + ".");
            }
            undo.push("removed the container " + request.shadowContainer() + " and its volumes",
                    () -> removeWithVolumes(spec));
            containers.run(spec);
            placement.attach(request, undo);
            step = "Waiting for the shadow's admin API at " + adminHost + ":" + port;
            progress.accept(step + "…");
            Readiness ready = new ReadinessProbe().await(adminHost, port, readyTimeout, progress);
            if (!ready.ready()) {
                throw new IllegalStateException(ready.reason());
            }

            step = "Setting the shadow's password";
            progress.accept(step + " (the same as the master's)…");
            String fingerprint = CertificateProbe.fetch(adminHost, port).sha256();
            ConnectorEndpoint endpoint = new ConnectorEndpoint(adminHost, port);
            try (SccClient shadow = new SccClient(endpoint, new Credentials(SHADOW_USER, INITIAL_PASSWORD),
                    TrustSettings.pinned(fingerprint))) {
                shadow.changeInitialPassword(INITIAL_PASSWORD, request.password());
            }

            step = "Connecting the shadow to the master " + request.masterContainer();
            progress.accept(step + "…");
            MasterHaConfig before = master.highAvailability().masterConfig();
            undo.push("put back the master's high-availability settings", () -> restore(master, before));
            if (route.masterMustAllow()) {
                master.highAvailability().setMasterConfig(PublishedPortPlacement.allowing(before, route.shadowHost()));
            }
            try (SccClient shadow = new SccClient(endpoint, new Credentials(SHADOW_USER, request.password()),
                    TrustSettings.pinned(fingerprint))) {
                HaPairing pairing = new HaPairing(master, shadow);
                pairing.pair(new HaPairing.ShadowSettings(route.host(), route.port(), route.shadowHost(),
                        request.checkIntervalSeconds(), request.takeoverDelaySeconds()),
                        request.masterUser(), request.password());

                step = "Waiting until the shadow is ready";
                progress.accept(step + "…");
                HaPairStatus status = awaitPaired(pairing, Duration.ofSeconds(Math.max(30, 3L * request.checkIntervalSeconds())));
                progress.accept("Paired: " + request.shadowContainer() + " is the shadow of " + request.masterContainer() + ".");
                if (back.switchProblem() != null) {
                    progress.accept(back.switchProblem());
                }
                return new ShadowMade(request.shadowContainer(), snapshot.image(), adminHost, port, fingerprint,
                        SHADOW_USER, status, back.switchProblem());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(step, "interrupted", undo, progress, e);
        } catch (RuntimeException e) {
            throw failed(step, java.util.Objects.toString(e.getMessage(), e.getClass().getSimpleName()), undo, progress, e);
        }
    }

    private static String copyProgress(String image, long bytes) {
        return "Copying the image " + image + " to the shadow's engine: " + bytes / (1 << 20) + " MB sent…";
    }

    /**
     * The shadow published where the master reaches it after a switch, and told that address (the sandbox image reads
     * it; a real connector ignores it). Every interface replaces loopback rather than being bound beside it.
     */
    private static ContainerSpec withWayBack(ContainerSpec spec, ShadowPlacement.ShadowReach back) {
        ContainerSpec told = back.reachableAt() == null ? spec
                : spec.withEnvironment(List.of(SandboxOptions.HA_REACHABLE_AT_ENV + "=" + back.reachableAt()));
        if (back.alsoPublishOn().contains(PublishAddress.ALL_INTERFACES)) {
            return told.withPublishIp(PublishAddress.ALL_INTERFACES);
        }
        return told.withAlsoPublishedOn(back.alsoPublishOn());
    }

    private static Failed failed(String step, String why, Undo undo, Consumer<String> progress, Exception cause) {
        progress.accept(step + " failed; removing what was made…");
        String undone = undo.runAll();
        Failed failure = new Failed(step + " failed: " + why + " " + undone, cause);
        progress.accept(failure.getMessage());
        return failure;
    }

    private static HaPairStatus awaitPaired(HaPairing pairing, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HaPairStatus status = pairing.read();
            if (status.paired()) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the shadow was not ready after " + timeout.toSeconds() + " s.");
            }
            Thread.sleep(250);
        }
    }

    private void removeWithVolumes(ContainerSpec spec) {
        if (containers.inspect(spec.name()).isPresent()) {
            containers.remove(spec.name(), true);
        }
        spec.volumes().keySet().forEach(containers::removeVolume);
    }

    private static void restore(SccClient master, MasterHaConfig before) {
        if (!before.equals(master.highAvailability().masterConfig())) {
            master.highAvailability().setMasterConfig(before);
        }
    }
}
