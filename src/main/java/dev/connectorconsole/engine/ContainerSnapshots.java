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
        Integer hostPort = null;
        if (inspect.getNetworkSettings() != null && inspect.getNetworkSettings().getPorts() != null) {
            Ports.Binding[] bindings = inspect.getNetworkSettings().getPorts().getBindings().get(CONNECTOR_PORT);
            hostPort = bindings == null || bindings.length == 0 ? null : parsePort(bindings[0].getHostPortSpec());
        }
        if (hostPort == null && inspect.getHostConfig() != null && inspect.getHostConfig().getPortBindings() != null) {
            Ports.Binding[] configured = inspect.getHostConfig().getPortBindings().getBindings().get(CONNECTOR_PORT);
            hostPort = configured == null || configured.length == 0 ? null : parsePort(configured[0].getHostPortSpec());
        }
        var state = inspect.getState();
        return new ContainerSnapshot(inspect.getId(), ContainerNames.strip(inspect.getName()), inspect.getConfig().getImage(),
                state == null ? null : state.getStatus(), state == null ? null : instant(state.getStartedAt()), hostPort,
                volumes, labels(inspect.getConfig().getLabels()));
    }

    static ContainerSnapshot of(Container container) {
        Map<String, String> volumes = new LinkedHashMap<>();
        if (container.getMounts() != null) {
            container.getMounts().stream().filter(m -> m.getName() != null && m.getDestination() != null)
                    .forEach(m -> volumes.put(m.getName(), m.getDestination()));
        }
        Integer hostPort = null;
        if (container.getPorts() != null) {
            for (ContainerPort port : container.getPorts()) {
                if (port.getPrivatePort() != null && port.getPrivatePort() == ContainerSpec.CONTAINER_PORT
                        && "tcp".equals(port.getType()) && port.getPublicPort() != null) {
                    hostPort = port.getPublicPort();
                    break;
                }
            }
        }
        return new ContainerSnapshot(container.getId(), ContainerNames.of(container.getNames()), container.getImage(),
                container.getState(), null, hostPort, volumes, labels(container.getLabels()));
    }

    private static Map<String, String> labels(Map<String, String> labels) {
        return labels == null ? Map.of() : Map.copyOf(labels);
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
