package dev.connectorconsole.engine;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Combines what the engine says about the container with what the readiness probe found into one
 * {@link ConnectorStatus}. A probe result belongs to one run of the container: a new start forgets it.
 */
public final class ReadinessTracker {
    private ContainerSnapshot container;
    private Readiness probe;

    /** The engine's latest view of the container (empty: there is none). */
    public synchronized ConnectorStatus container(Optional<ContainerSnapshot> snapshot) {
        ContainerSnapshot next = snapshot.orElse(null);
        if (next == null || !next.running() || container == null || !container.running()
                || !Objects.equals(startedAt(container), startedAt(next)) || !Objects.equals(container.id(), next.id())) {
            probe = null;
        }
        container = next;
        return status();
    }

    /** A probe result for the current run; ignored unless the container runs. */
    public synchronized ConnectorStatus probed(Readiness readiness) {
        if (container != null && container.running()) {
            probe = readiness;
        }
        return status();
    }

    /** The probe's result for the current run; null while there is none. */
    public synchronized Readiness probe() {
        return probe;
    }

    /**
     * Follows a container again as it was known before ({@code snapshot} null: none), with the probe result of that
     * run (null: none): another container was followed meanwhile.
     */
    public synchronized ConnectorStatus resume(ContainerSnapshot snapshot, Readiness probed) {
        container = snapshot;
        probe = snapshot != null && snapshot.running() ? probed : null;
        return status();
    }

    public synchronized ConnectorStatus status() {
        if (container == null) {
            return new ConnectorStatus(ConnectorState.ABSENT, "There is no connector container.");
        }
        String name = "'" + container.name() + "'";
        String state = String.valueOf(container.state());
        switch (state) {
            case "created":
                return new ConnectorStatus(ConnectorState.CREATED, "The container " + name + " exists but has not been started.");
            case "restarting":
                return new ConnectorStatus(ConnectorState.STARTING, "The engine is restarting the container " + name + ".");
            case "paused":
                return new ConnectorStatus(ConnectorState.UNHEALTHY, "The container " + name + " is paused.");
            case "running":
                if (probe == null) {
                    return new ConnectorStatus(ConnectorState.STARTING,
                            "The container " + name + " runs; waiting for the connector to answer.");
                }
                return new ConnectorStatus(probe.ready() ? ConnectorState.READY : ConnectorState.UNHEALTHY, probe.reason());
            default:
                return new ConnectorStatus(ConnectorState.STOPPED, "The container " + name + " is stopped (" + state + ").");
        }
    }

    private static Instant startedAt(ContainerSnapshot snapshot) {
        return snapshot.startedAt();
    }
}
