package dev.connectorconsole.lifecycle;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;

import dev.connectorconsole.engine.ContainerSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The new container made from the old one's own description: its HostConfig as it is (binds, mounts, port bindings
 * with their host address, restart policy, memory, network mode), every volume it had mounted (anonymous ones too, by
 * name), and from its Config what the user set on top of the image: environment, labels, hostname, user, command.
 * What equals the old image's default is left out, so a newer image brings its own defaults.
 */
final class Blueprint {
    private Blueprint() {}

    /**
     * @param extraVolumes volume name → folder, for folders a migration moves out of the writable layer
     * @param publishOn    host addresses for the admin port, each on its old host port (null: the old bindings)
     */
    /** @param notMounted container paths of old mounts the new container leaves out (a move into one volume) */
    static CreateContainerCmd create(DockerClient docker, InspectContainerResponse old, String image, String name,
                                     Map<String, String> extraVolumes, List<String> publishOn, List<String> notMounted) {
        ContainerConfig config = old.getConfig();
        ContainerConfig imageConfig = imageConfig(docker, old.getImageId());
        HostConfig host = old.getHostConfig() == null ? HostConfig.newHostConfig() : old.getHostConfig();
        host.withBinds(binds(old, host, extraVolumes).stream()
                .filter(b -> !notMounted.contains(b.getVolume().getPath())).toList());
        if (host.getMounts() != null) {
            host.withMounts(host.getMounts().stream().filter(m -> !notMounted.contains(m.getTarget())).toList());
        }
        if (publishOn != null) {
            host.withPortBindings(adminPortOn(host.getPortBindings(), publishOn));
        }
        CreateContainerCmd create = docker.createContainerCmd(image).withName(name).withHostConfig(host)
                .withHostName(config.getHostName()).withDomainName(config.getDomainName())
                .withEnv(beyond(config.getEnv(), imageConfig == null ? null : imageConfig.getEnv()))
                .withLabels(beyond(config.getLabels(), imageConfig == null ? null : imageConfig.getLabels()))
                .withTty(config.getTty()).withStdinOpen(config.getStdinOpen());
        if (config.getExposedPorts() != null) {
            create.withExposedPorts(config.getExposedPorts());
        }
        if (imageConfig == null || !Objects.equals(config.getUser(), imageConfig.getUser())) {
            create.withUser(config.getUser());
        }
        if (imageConfig == null || !Objects.equals(config.getWorkingDir(), imageConfig.getWorkingDir())) {
            create.withWorkingDir(config.getWorkingDir());
        }
        if (imageConfig == null || !Arrays.equals(config.getEntrypoint(), imageConfig.getEntrypoint())) {
            create.withEntrypoint(config.getEntrypoint() == null ? List.of() : List.of(config.getEntrypoint()));
        }
        if (config.getCmd() != null && (imageConfig == null || !Arrays.equals(config.getCmd(), imageConfig.getCmd())
                || !Arrays.equals(config.getEntrypoint(), imageConfig.getEntrypoint()))) {
            create.withCmd(config.getCmd());
        }
        return create;
    }

    /** The old binds, plus a bind by name for every volume the old container had that no bind or mount names. */
    private static List<Bind> binds(InspectContainerResponse old, HostConfig host, Map<String, String> extraVolumes) {
        List<Bind> binds = new ArrayList<>(host.getBinds() == null ? List.of() : List.of(host.getBinds()));
        List<String> covered = new ArrayList<>(binds.stream().map(b -> b.getVolume().getPath()).toList());
        if (host.getMounts() != null) {
            host.getMounts().forEach(m -> covered.add(m.getTarget()));
        }
        for (StateMount mount : ContainerLayout.mountsOf(old)) {
            if (mount.isVolume() && !covered.contains(mount.target())) {
                binds.add(new Bind(mount.volumeName(), new Volume(mount.target()),
                        mount.readWrite() ? AccessMode.rw : AccessMode.ro));
            }
        }
        extraVolumes.forEach((volume, folder) -> binds.add(new Bind(volume, new Volume(folder))));
        return binds;
    }

    /** The other ports' bindings as they were; the admin port on each of {@code ips} at its old host port. */
    private static Ports adminPortOn(Ports old, List<String> ips) {
        ExposedPort admin = ExposedPort.tcp(ContainerSpec.CONTAINER_PORT);
        Map<ExposedPort, Ports.Binding[]> bindings = old == null ? Map.of() : old.getBindings();
        Ports.Binding[] adminBindings = bindings.get(admin);
        if (adminBindings == null || adminBindings.length == 0) {
            throw new ReplacementException("The container publishes no host port for " + ContainerSpec.CONTAINER_PORT
                    + ", so it cannot be published on another address.");
        }
        String hostPort = adminBindings[0].getHostPortSpec();
        Ports ports = new Ports();
        bindings.forEach((port, each) -> {
            if (!port.equals(admin) && each != null) {
                for (Ports.Binding binding : each) {
                    ports.bind(port, binding);
                }
            }
        });
        for (String ip : ips) {
            ports.bind(admin, new Ports.Binding(ip, hostPort));
        }
        return ports;
    }

    private static ContainerConfig imageConfig(DockerClient docker, String imageId) {
        try {
            return imageId == null ? null : docker.inspectImageCmd(imageId).exec().getConfig();
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private static List<String> beyond(String[] values, String[] defaults) {
        List<String> own = new ArrayList<>(values == null ? List.of() : List.of(values));
        if (defaults != null) {
            own.removeAll(List.of(defaults));
        }
        return own;
    }

    private static Map<String, String> beyond(Map<String, String> values, Map<String, String> defaults) {
        Map<String, String> own = new LinkedHashMap<>(values == null ? Map.of() : values);
        if (defaults != null) {
            defaults.forEach(own::remove);
        }
        return own;
    }
}
