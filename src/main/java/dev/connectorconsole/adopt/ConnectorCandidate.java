package dev.connectorconsole.adopt;

import java.util.List;

/**
 * A container or image on the engine that looks like a Cloud Connector, with the reasons we think so.
 *
 * @param kind         container or image
 * @param id           the engine's id
 * @param name         container name, or the image's first tag
 * @param image        for a container the image it runs; for an image its first tag
 * @param state        a container's state (running, exited, …); empty for an image
 * @param hostPort     the host port published for 8443, or null
 * @param reasons      human sentences: why this is a candidate
 * @param storage      where a container keeps the connector's configuration; null for an image
 * @param managedByApp carries our own label (created by Connector Console)
 */
public record ConnectorCandidate(Kind kind, String id, String name, String image, String state, Integer hostPort,
                                 List<String> reasons, ConfigStorage storage, boolean managedByApp) {
    public enum Kind { CONTAINER, IMAGE }

    public ConnectorCandidate {
        reasons = List.copyOf(reasons);
    }

    public boolean isRunning() {
        return "running".equals(state);
    }
}
