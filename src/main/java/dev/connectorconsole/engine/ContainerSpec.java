package dev.connectorconsole.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run a connector container: host port → 8443/tcp, named volumes (volume name → container path), fixed
 * hostname, labels; restart policy unless-stopped.
 *
 * @param publishIp the host address the user asked to publish on (127.0.0.1, 0.0.0.0 or one address); the engine's
 *                  location may change it, see {@link PublishAddress#decide}
 * @param extraHosts {@code name:address} lines for the container's /etc/hosts, e.g. {@code host.docker.internal:host-gateway}
 * @param environment {@code NAME=value} lines for the container's environment (no secrets: the engine shows them)
 * @param alsoPublishOn more host addresses the same host port is published on, beside {@code publishIp}
 */
public record ContainerSpec(String name, String image, int hostPort, String publishIp, String hostname,
                            Map<String, String> volumes, Map<String, String> labels, List<String> extraHosts,
                            List<String> environment, List<String> alsoPublishOn) {
    public static final int CONTAINER_PORT = 8443;
    public static final String MANAGED_LABEL = "dev.connectorconsole.managed";

    public ContainerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        if (hostPort < 1 || hostPort > 65535) {
            throw new IllegalArgumentException("host port must be 1..65535: " + hostPort);
        }
        publishIp = publishIp == null || publishIp.isBlank() ? PublishAddress.LOOPBACK : publishIp.trim();
        volumes = Map.copyOf(volumes);
        labels = Map.copyOf(labels);
        extraHosts = extraHosts == null ? List.of() : List.copyOf(extraHosts);
        environment = environment == null ? List.of() : List.copyOf(environment);
        alsoPublishOn = alsoPublishOn == null ? List.of() : List.copyOf(alsoPublishOn);
    }

    public ContainerSpec(String name, String image, int hostPort, String publishIp, String hostname,
                         Map<String, String> volumes, Map<String, String> labels) {
        this(name, image, hostPort, publishIp, hostname, volumes, labels, List.of(), List.of(), List.of());
    }

    /**
     * The connector's state in one volume named after the container at the install folder ({@link StateVolumes}),
     * hostname = name, managed label, published on this computer only (127.0.0.1). {@link ContainerManager#run} gives
     * an image of the older layout its per-folder volumes instead ({@link #fittedTo}).
     */
    public static ContainerSpec connectorDefaults(String name, String image, int hostPort) {
        return new ContainerSpec(name, image, hostPort, PublishAddress.LOOPBACK, name, StateVolumes.oneVolume(name),
                Map.of(MANAGED_LABEL, "true"));
    }

    /**
     * This spec with the default volumes of the layout an image declaring {@code imageVolumes} has; a spec whose
     * volumes someone chose (not one of the default layouts) stays as it is.
     */
    public ContainerSpec fittedTo(java.util.Collection<String> imageVolumes) {
        if (!StateVolumes.isDefault(name, volumes)) {
            return this;
        }
        return withVolumes(StateVolumes.forImage(name, imageVolumes));
    }

    public ContainerSpec withVolumes(Map<String, String> chosen) {
        return new ContainerSpec(name, image, hostPort, publishIp, hostname, chosen, labels, extraHosts, environment,
                alsoPublishOn);
    }

    public ContainerSpec withHostPort(int port) {
        return new ContainerSpec(name, image, port, publishIp, hostname, volumes, labels, extraHosts, environment, alsoPublishOn);
    }

    /** The same spec published on another host address (see {@link #publishIp()}). */
    public ContainerSpec withPublishIp(String ip) {
        return new ContainerSpec(name, image, hostPort, ip, hostname, volumes, labels, extraHosts, environment, alsoPublishOn);
    }

    /** The same spec with more labels (e.g. a test marker). */
    public ContainerSpec withLabels(Map<String, String> extra) {
        Map<String, String> merged = new LinkedHashMap<>(labels);
        merged.putAll(extra);
        return new ContainerSpec(name, image, hostPort, publishIp, hostname, volumes, merged, extraHosts, environment, alsoPublishOn);
    }

    /** The same spec with these {@code name:address} lines in the container's /etc/hosts. */
    public ContainerSpec withExtraHosts(List<String> lines) {
        return new ContainerSpec(name, image, hostPort, publishIp, hostname, volumes, labels, lines, environment, alsoPublishOn);
    }

    /** The same spec with these {@code NAME=value} lines in the container's environment. */
    public ContainerSpec withEnvironment(List<String> lines) {
        return new ContainerSpec(name, image, hostPort, publishIp, hostname, volumes, labels, extraHosts, lines,
                alsoPublishOn);
    }

    /** The same spec with its port published on these host addresses too (beside {@link #publishIp()}). */
    public ContainerSpec withAlsoPublishedOn(List<String> addresses) {
        return new ContainerSpec(name, image, hostPort, publishIp, hostname, volumes, labels, extraHosts, environment,
                addresses);
    }
}
