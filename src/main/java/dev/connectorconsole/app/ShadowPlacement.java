package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerSnapshot;
import java.util.List;
import java.util.function.Consumer;

/** Where a shadow runs beside its master and how it reaches the master: a shared network, or a published port. */
interface ShadowPlacement {
    /**
     * How the shadow container reaches the master's admin port.
     *
     * @param extraHosts       entries for the shadow container's /etc/hosts
     * @param shadowHost       the host name the shadow gives as its own
     * @param masterMustAllow  true when the master is told to accept this shadow host only
     */
    record MasterRoute(String host, int port, List<String> extraHosts, String shadowHost, boolean masterMustAllow) {}

    /**
     * How the master's container reaches the shadow's admin port, which it dials after a role switch.
     *
     * @param reachableAt   {@code host:port} the master dials; null when it cannot reach the shadow
     * @param alsoPublishOn more host addresses the shadow's port must be published on for that
     * @param switchProblem null, or why roles cannot be switched for this pair and what the user can do
     */
    record ShadowReach(String reachableAt, List<String> alsoPublishOn, String switchProblem) {}

    /** The step's name in progress and failure messages, e.g. "Preparing the network x-ha". */
    String prepareStep(ShadowRequest request);

    /** Checks what can be checked before anything changes; throws with a sentence for the user. */
    void check(ContainerSnapshot master, ShadowRequest request);

    /** Makes what the shadow needs to reach the master (each change pushed on {@code undo}); says how it reaches it. */
    MasterRoute prepare(ContainerSnapshot master, ShadowRequest request, SccClient masterClient, Undo undo,
                        Consumer<String> progress);

    /** How the master will reach the shadow published on {@code shadowPort}; decided before the shadow starts. */
    ShadowReach reachBack(ShadowRequest request, int shadowPort);

    /** After the shadow container was started. */
    void attach(ShadowRequest request, Undo undo);
}
