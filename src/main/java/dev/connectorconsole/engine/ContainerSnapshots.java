package dev.connectorconsole.engine;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Maps the engine's container descriptions (inspect and list) to {@link ContainerSnapshot}. */
final class ContainerSnapshots {
    private static final ExposedPort CONNECTOR_PORT = ExposedPort.tcp(ContainerSpec.CONTAINER_PORT);

    private ContainerSnapshots() {}

    static ContainerSnapshot of(InspectContainerResponse inspect) {
        Map<String, String> volumes = new LinkedHashMap<>();
        if (inspect.getMounts() != null) {
            inspect.getMounts().stream().filter(m -> m.getName() != null && m.getDestination() != null)
                    .forEach(m -> volumes.put(m.getName(), m.getDestination().getPath()));
        }
        Ports.Binding binding = null;
        if (inspect.getNetworkSettings() != null && inspect.getNetworkSettings().getPorts() != null) {
            binding = first(inspect.getNetworkSettings().getPorts().getBindings().get(CONNECTOR_PORT));
        }
        if (binding == null && inspect.getHostConfig() != null && inspect.getHostConfig().getPortBindings() != null) {
            binding = first(inspect.getHostConfig().getPortBindings().getBindings().get(CONNECTOR_PORT));
        }
        Integer hostPort = binding == null ? null : parsePort(binding.getHostPortSpec());
        String hostIp = binding == null || hostPort == null ? null : hostIp(binding.getHostIp());
        var state = inspect.getState();
        return new ContainerSnapshot(inspect.getId(), ContainerNames.strip(inspect.getName()), inspect.getConfig().getImage(),
                state == null ? null : state.getStatus(), state == null ? null : instant(state.getStartedAt()), hostPort,
                hostIp, volumes, labels(inspect.getConfig().getLabels()));
    }

    static ContainerSnapshot of(Container container) {
        Map<String, String> volumes = new LinkedHashMap<>();
        if (container.getMounts() != null) {
            container.getMounts().stream().filter(m -> m.getName() != null && m.getDestination() != null)
                    .forEach(m -> volumes.put(m.getName(), m.getDestination()));
        }
        Integer hostPort = null;
        String hostIp = null;
        if (container.getPorts() != null) {
            for (ContainerPort port : container.getPorts()) {
                if (port.getPrivatePort() != null && port.getPrivatePort() == ContainerSpec.CONTAINER_PORT
                        && "tcp".equals(port.getType()) && port.getPublicPort() != null) {
                    hostPort = port.getPublicPort();
                    hostIp = hostIp(port.getIp());
                    break;
                }
            }
        }
        return new ContainerSnapshot(container.getId(), ContainerNames.of(container.getNames()), container.getImage(),
                container.getState(), null, hostPort, hostIp, volumes, labels(container.getLabels()));
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : Map.copyOf(labels);
    }

    private static Ports.Binding first(Ports.Binding[] bindings) {
        return bindings == null || bindings.length == 0 ? null : bindings[0];
    }

    /** The engine writes "" in HostConfig when no address was given: the port is then on every interface. */
    private static String hostIp(String ip) {
        return ip == null || ip.isBlank() ? PublishAddress.ALL_INTERFACES : ip;
    }

    private static Integer parsePort(String spec) {
        try {
            return spec == null || spec.isBlank() ? null : Integer.valueOf(spec);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The engine writes "0001-01-01T00:00:00Z" for never. */
    private static Instant instant(String text) {
        try {
            Instant instant = text == null ? null : Instant.parse(text);
            return instant == null || instant.getEpochSecond() <= 0 ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
