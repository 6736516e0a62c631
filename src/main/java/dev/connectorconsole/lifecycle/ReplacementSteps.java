package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;

import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The engine calls of one replacement, remembering what they changed so {@link #rollBack()} can undo it. */
final class ReplacementSteps {
    static final String MIGRATED_FROM_LABEL = "dev.connectorconsole.migrated-from";

    private final EngineConnection engine;
    private final DockerClient docker;
    private final Consumer<String> step;
    private final List<String> createdVolumes = new ArrayList<>();
    private String oldId;
    private String name;
    private String parkedName;
    private boolean oldWasRunning;
    private boolean oldStopped;
    private boolean oldParked;
    private String newId;
    private boolean newStarted;
    private boolean finished;

    ReplacementSteps(EngineConnection engine, Consumer<String> step) {
        this.engine = engine;
        this.docker = engine.client();
        this.step = step;
    }

    /** The VOLUMEs the image declares. */
    Set<String> requireImage(String image) {
        try {
            var config = docker.inspectImageCmd(image).exec().getConfig();
            Map<String, ?> volumes = config == null ? null : config.getVolumes();
            return volumes == null ? Set.of() : Set.copyOf(volumes.keySet());
        } catch (NotFoundException e) {
            throw new ReplacementException("The image '" + image + "' is not in the Docker engine. Build it first.");
        }
    }

    void requireNoVolume(String volume) {
        try {
            docker.inspectVolumeCmd(volume).exec();
            throw new ReplacementException("A volume named '" + volume + "' already exists; the migration does not"
                    + " write into it. Remove or rename it first.");
        } catch (NotFoundException free) {
            // the name is free
        }
    }

    /**
     * Stops and parks the old container under another name, then creates, fills and starts the new one.
     *
     * @param publishOn host addresses for the admin port (null: as the old container had it)
     * @param change    the move into one volume, or null
     */
    void replace(InspectContainerResponse old, String image, Map<String, String> newVolumes, ContainerLayout layout,
                 List<String> publishOn, LayoutChange change) {
        oldId = old.getId();
        name = layout.name();
        oldWasRunning = layout.running();
        if (oldWasRunning) {
            step.accept("Stopping '" + name + "' (up to " + dev.connectorconsole.engine.ContainerManager.STOP_GRACE_SECONDS + " s)");
            ContainerReplacement.stopQuietlyIgnoringNotModified(engine.streamingClient(), oldId);
            oldStopped = true;
        }
        parkedName = name + "-replaced-" + System.currentTimeMillis() / 1000;
        step.accept("Keeping the old container as '" + parkedName + "' until the new one runs");
        docker.renameContainerCmd(oldId).withName(parkedName).exec();
        oldParked = true;
        newVolumes.forEach((volume, folder) -> {
            step.accept("Creating the volume '" + volume + "' for " + folder);
            docker.createVolumeCmd().withName(volume).withLabels(Map.of(MIGRATED_FROM_LABEL, name)).exec();
            createdVolumes.add(volume);
        });
        step.accept("Creating the new '" + name + "' from " + image + " with the old container's options");
        List<String> notMounted = change == null ? List.of() : change.oldMounts().stream().map(StateMount::target).toList();
        newId = Blueprint.create(docker, old, image, name, newVolumes, publishOn, notMounted).exec().getId();
        connectOtherNetworks(old);
        ContainerArchives archives = new ContainerArchives(engine.streamingClient());
        if (change != null) {
            for (String path : change.copied()) {
                if (!archives.exists(oldId, path)) {
                    continue; // e.g. a state folder this connector never created
                }
                step.accept("Copying " + path + " into the new volume '" + change.volume() + "'");
                archives.copy(oldId, path, newId);
            }
        } else {
            for (String folder : newVolumes.values()) {
                step.accept("Copying " + folder + " out of the old container");
                archives.copy(oldId, folder, newId);
            }
        }
        if (change == null && layout.propsIniInContainer()) {
            step.accept("Copying " + StateItem.PROPS_INI + " into the new container");
            archives.copy(oldId, StateItem.PROPS_INI, newId);
        }
        step.accept("Starting the new '" + name + "'");
        newStarted = true;
        docker.startContainerCmd(newId).exec();
    }

    /** Whether the new container was (asked to be) started on the volumes. */
    boolean newStarted() {
        return newStarted;
    }

    /** Waits until the new connector answers, then compares its subaccounts with {@code before}. */
    void verify(InspectContainerResponse old, Set<String> before, SubaccountCheck check, NewContainerCheck extra,
                Duration timeout) throws Exception {
        Ports.Binding binding = adminBinding(old);
        if (binding == null) {
            throw new ReplacementException("The container publishes no host port for 8443, so its subaccounts cannot be checked.");
        }
        String host = hostOf(binding.getHostIp());
        int port = Integer.parseInt(binding.getHostPortSpec());
        step.accept("Waiting for the new connector to answer on " + host + ":" + port);
        Readiness ready = new ReadinessProbe().await(host, port, timeout, message -> { });
        if (!ready.ready()) {
            throw new ReplacementException("The new container did not answer: " + ready.reason());
        }
        step.accept("Comparing the subaccounts");
        Set<String> after = check.subaccounts();
        Set<String> missing = new TreeSet<>(before);
        missing.removeAll(after);
        if (!missing.isEmpty()) {
            throw new ReplacementException("The new container lacks the subaccount(s) " + String.join(", ", missing) + ".");
        }
        if (extra != null) {
            step.accept("Checking the new connector");
            try {
                extra.verify();
            } catch (ReplacementException e) {
                throw e;
            } catch (Exception e) {
                throw new ReplacementException(String.valueOf(e.getMessage()));
            }
        }
    }

    /** The new container runs: the parked old one goes (its volumes stay). */
    void removeOld() {
        finished = true;
        step.accept("Removing the old container '" + parkedName + "' (its volumes stay)");
        try {
            docker.removeContainerCmd(oldId).exec();
        } catch (RuntimeException e) {
            step.accept("The old container stays as '" + parkedName + "': " + e.getMessage());
        }
    }

    /** Undoes what {@link #replace} did; returns the sentence that tells the user where things stand. */
    String rollBack() {
        if (oldId == null || finished) {
            return finished ? "" : "Nothing was changed.";
        }
        try {
            if (newId != null) {
                docker.removeContainerCmd(newId).withForce(true).exec();
            }
            for (String volume : createdVolumes) {
                docker.removeVolumeCmd(volume).exec();
            }
            if (oldParked) {
                docker.renameContainerCmd(oldId).withName(name).exec();
            }
            if (oldStopped) {
                docker.startContainerCmd(oldId).exec();
            }
            step.accept("Put the old container back");
            return "The old container '" + name + "' is back as it was" + (oldStopped ? " and running again." : ".");
        } catch (RuntimeException e) {
            return "Putting the old container back failed too (" + e.getMessage() + "); it is kept, unchanged, as '"
                    + (oldParked ? parkedName : name) + "'.";
        }
    }

    private void connectOtherNetworks(InspectContainerResponse old) {
        if (old.getNetworkSettings() == null || old.getNetworkSettings().getNetworks() == null) {
            return;
        }
        String primary = old.getHostConfig() == null ? null : old.getHostConfig().getNetworkMode();
        String shortId = old.getId().substring(0, Math.min(12, old.getId().length()));
        old.getNetworkSettings().getNetworks().forEach((network, endpoint) -> {
            if (network.equals(primary) || ("default".equals(primary) && network.equals("bridge"))) {
                return;
            }
            List<String> aliases = endpoint.getAliases() == null ? List.of()
                    : endpoint.getAliases().stream().filter(a -> !a.equals(shortId)).toList();
            step.accept("Connecting the new container to the network '" + network + "'");
            docker.connectToNetworkCmd().withNetworkId(network).withContainerId(newId)
                    .withContainerNetwork(new ContainerNetwork().withAliases(aliases)).exec();
        });
    }

    private static Ports.Binding adminBinding(InspectContainerResponse old) {
        if (old.getHostConfig() == null || old.getHostConfig().getPortBindings() == null) {
            return null;
        }
        Ports.Binding[] bindings = old.getHostConfig().getPortBindings().getBindings()
                .get(ExposedPort.tcp(ContainerSpec.CONTAINER_PORT));
        return bindings == null || bindings.length == 0 ? null : bindings[0];
    }

    private static String hostOf(String hostIp) {
        return hostIp == null || hostIp.isBlank() || hostIp.equals("0.0.0.0") || hostIp.equals("::") ? "localhost" : hostIp;
    }
}
