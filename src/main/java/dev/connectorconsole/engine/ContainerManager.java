package dev.connectorconsole.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs and manages connector containers. Every failure is an {@link EngineException} with a sentence to show;
 * port conflicts are a {@link PortInUseException} that names the holder and a free port.
 */
public final class ContainerManager {
    /** Seconds the engine waits after SIGTERM before it kills the container. */
    public static final int STOP_GRACE_SECONDS = 30;

    private final EngineConnection engine;

    public ContainerManager(EngineConnection engine) {
        this.engine = engine;
    }

    /**
     * Creates and starts the container, its port published where {@link PublishAddress#decide} says; checks the image
     * and (for an engine on this computer) the host port on that address first. Returns the container id.
     */
    public String run(ContainerSpec requested) {
        ContainerSpec spec = forImage(requested);
        PublishAddress publish = PublishAddress.decide(spec.publishIp(), engine.endpoint());
        requireFreePort(publish.bindIp(), spec.hostPort());
        spec.alsoPublishOn().forEach(address -> requireFreePort(address, spec.hostPort()));
        DockerClient client = engine.client();
        String id;
        try {
            for (String volume : spec.volumes().keySet()) {
                client.createVolumeCmd().withName(volume).withLabels(spec.labels()).exec();
            }
            ExposedPort connectorPort = ExposedPort.tcp(ContainerSpec.CONTAINER_PORT);
            List<PortBinding> bindings = new java.util.ArrayList<>();
            bindings.add(new PortBinding(Ports.Binding.bindIpAndPort(publish.bindIp(), spec.hostPort()), connectorPort));
            spec.alsoPublishOn().forEach(address -> bindings.add(
                    new PortBinding(Ports.Binding.bindIpAndPort(address, spec.hostPort()), connectorPort)));
            HostConfig host = HostConfig.newHostConfig()
                    .withPortBindings(bindings)
                    .withBinds(spec.volumes().entrySet().stream().map(v -> new Bind(v.getKey(), new Volume(v.getValue()))).toList())
                    .withRestartPolicy(RestartPolicy.unlessStoppedRestart());
            if (!spec.extraHosts().isEmpty()) {
                host.withExtraHosts(spec.extraHosts().toArray(String[]::new));
            }
            id = client.createContainerCmd(spec.image())
                    .withName(spec.name())
                    .withHostName(spec.hostname())
                    .withLabels(spec.labels())
                    .withEnv(spec.environment())
                    .withExposedPorts(connectorPort)
                    .withHostConfig(host)
                    .exec().getId();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
        try {
            client.startContainerCmd(id).exec();
        } catch (RuntimeException e) {
            removeQuietly(id);
            throw withPortProposal(EngineFailures.translate(e, engine.endpoint()), publish.bindIp(), spec.hostPort());
        }
        return id;
    }

    public void start(String name) {
        try {
            engine.client().startContainerCmd(name).exec();
        } catch (NotModifiedException alreadyRunning) {
            // nothing to do
        } catch (RuntimeException e) {
            EngineException failure = EngineFailures.translate(e, engine.endpoint());
            Integer port = failure.kind() == EngineException.Kind.PORT_IN_USE ? inspect(name).map(ContainerSnapshot::hostPort).orElse(null) : null;
            throw port == null ? failure : withPortProposal(failure, PublishAddress.ALL_INTERFACES, port);
        }
    }

    /** SIGTERM, then the engine kills the container after {@link #STOP_GRACE_SECONDS}. */
    public void stop(String name) {
        try {
            engine.streamingClient().stopContainerCmd(name).withTimeout(STOP_GRACE_SECONDS).exec();
        } catch (NotModifiedException alreadyStopped) {
            // nothing to do
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    public void restart(String name) {
        try {
            engine.streamingClient().restartContainerCmd(name).withTimeout(STOP_GRACE_SECONDS).exec();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /**
     * Stops (with grace) and removes the container; with {@code removeVolumes} also its named volumes, unless another
     * container uses one of them (then nothing is removed). A failure part way names what went and what remains.
     */
    public void remove(String name, boolean removeVolumes) {
        ContainerSnapshot snapshot = inspect(name).orElseThrow(() -> new EngineException(EngineException.Kind.NOT_FOUND,
                "There is no container named '" + name + "'."));
        new ContainerRemoval(engine).remove(snapshot, removeVolumes, () -> stop(name));
    }

    /** Removes the container (keeping its volumes) and runs it again from the spec. Returns the new id. */
    public String recreate(ContainerSpec spec) {
        if (inspect(spec.name()).isPresent()) {
            remove(spec.name(), false);
        }
        return run(spec);
    }

    public Optional<ContainerSnapshot> inspect(String name) {
        try {
            return Optional.of(ContainerSnapshots.of(engine.client().inspectContainerCmd(name).exec()));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** Every host address the container's admin port (8443) is published on ("0.0.0.0": every interface); empty when none. */
    public List<String> adminPortAddresses(String name) {
        try {
            HostConfig host = engine.client().inspectContainerCmd(name).exec().getHostConfig();
            Ports.Binding[] bindings = host == null || host.getPortBindings() == null ? null
                    : host.getPortBindings().getBindings().get(ExposedPort.tcp(ContainerSpec.CONTAINER_PORT));
            return bindings == null ? List.of() : java.util.Arrays.stream(bindings)
                    .map(b -> b.getHostIp() == null || b.getHostIp().isBlank() ? PublishAddress.ALL_INTERFACES : b.getHostIp())
                    .toList();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** True when the engine has the image. */
    public boolean hasImage(String image) {
        try {
            engine.client().inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /**
     * Copies {@code image} from {@code source}'s engine when this engine lacks it ({@link ImageCopy}); blocking.
     * Returns whether it copied.
     */
    public boolean copyImageIfMissing(ContainerManager source, String image, java.util.function.LongConsumer copied) {
        if (source.engine == engine || hasImage(image)) {
            return false;
        }
        ImageCopy.copy(source.engine, engine, image, copied);
        return true;
    }

    /** Removes an image no container uses; nothing when it is gone or still used. */
    public void removeUnusedImage(String image) {
        try {
            engine.client().removeImageCmd(image).withForce(false).exec();
        } catch (NotFoundException | com.github.dockerjava.api.exception.ConflictException e) {
            // gone already, or a container uses it: it stays
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** All containers, stopped ones included. */
    public List<ContainerSnapshot> list() {
        try {
            return engine.client().listContainersCmd().withShowAll(true).exec().stream().map(ContainerSnapshots::of).toList();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** Containers carrying all these labels, stopped ones included. */
    public List<ContainerSnapshot> list(Map<String, String> labels) {
        try {
            return engine.client().listContainersCmd().withShowAll(true).withLabelFilter(labels).exec().stream()
                    .map(ContainerSnapshots::of).toList();
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /**
     * The spec with the state volumes its image's layout asks for ({@link ContainerSpec#fittedTo}); checks that the
     * image is there. Where a container of this name left per-folder volumes (removed keeping its volumes, made by an
     * older version of the app) and there is no one volume yet, those volumes are used again, so its configuration is
     * there; recreating it onto the image later moves them into one volume.
     */
    public ContainerSpec forImage(ContainerSpec spec) {
        var config = requireImage(spec.image()).getConfig();
        Map<String, ?> declared = config == null ? null : config.getVolumes();
        ContainerSpec fitted = spec.fittedTo(declared == null ? java.util.Set.of() : declared.keySet());
        Map<String, String> perFolder = StateVolumes.perFolder(spec.name());
        if (fitted.volumes().equals(StateVolumes.oneVolume(spec.name()))
                && !volumeExists(fitted.volumes().keySet().iterator().next())
                && perFolder.keySet().stream().anyMatch(this::volumeExists)) {
            return fitted.withVolumes(perFolder);
        }
        return fitted;
    }

    private boolean volumeExists(String volume) {
        try {
            engine.client().inspectVolumeCmd(volume).exec();
            return true;
        } catch (NotFoundException absent) {
            return false;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    private com.github.dockerjava.api.command.InspectImageResponse requireImage(String image) {
        try {
            return engine.client().inspectImageCmd(image).exec();
        } catch (NotFoundException e) {
            throw new EngineException(EngineException.Kind.IMAGE_MISSING,
                    "The image '" + image + "' is not in the Docker engine. Build it first.", e);
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    /** Only an engine on this computer publishes on this computer's ports; a remote engine reports its own conflicts. */
    private void requireFreePort(String ip, int port) {
        if (PublishAddress.engineOnThisComputer(engine.endpoint()) && !PortCheck.isFree(ip, port)) {
            throw new PortInUseException(port, PortCheck.holder(engine, port).orElse(null),
                    PortCheck.nextFree(ip, port + 1), null);
        }
    }

    private EngineException withPortProposal(EngineException failure, String ip, int port) {
        if (failure.kind() != EngineException.Kind.PORT_IN_USE || failure instanceof PortInUseException) {
            return failure;
        }
        return new PortInUseException(port, PortCheck.holder(engine, port).orElse(null), PortCheck.nextFree(ip, port + 1),
                failure);
    }

    /** Removes a named volume no container uses (e.g. one left by a container that could not be created). */
    public void removeVolume(String volume) {
        try {
            engine.client().removeVolumeCmd(volume).exec();
        } catch (NotFoundException gone) {
            // already removed
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    private void removeQuietly(String id) {
        try {
            engine.client().removeContainerCmd(id).withForce(true).exec();
        } catch (RuntimeException e) {
            // the start failure is what the user needs to see
        }
    }
}
