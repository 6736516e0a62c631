package dev.connectorconsole.engine;

import java.time.Instant;
import java.util.Map;

/**
 * A container as the engine last described it.
 *
 * @param state     the engine's word: created, running, restarting, paused, exited, dead, removing
 * @param startedAt null when never started, and in {@link ContainerManager#list()} (the list does not carry it)
 * @param hostPort  the host port published for 8443/tcp, null when none
 * @param hostIp    the host address that port is published on (0.0.0.0: every interface), null when none or unknown
 * @param volumes   named volume → container path
 */
public record ContainerSnapshot(String id, String name, String image, String state, Instant startedAt, Integer hostPort,
                                String hostIp, Map<String, String> volumes, Map<String, String> labels) {
    public boolean running() {
        return "running".equals(state);
    }
}
