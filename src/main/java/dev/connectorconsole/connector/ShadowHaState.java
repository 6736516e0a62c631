package dev.connectorconsole.connector;

import java.util.List;

/**
 * A shadow's link to its master ({@code GET .../ha/shadow/state}).
 *
 * @param state          INITIAL, DISCONNECTED, DISCONNECTING, HANDSHAKE, INITSYNC, READY or LOST
 * @param stateMessage   the connector's explanation, null when it gives none
 * @param masterVersions the master's version(s), empty before the first connection
 */
public record ShadowHaState(String state, List<String> ownHosts, String stateMessage, List<String> masterVersions) {
    public ShadowHaState {
        ownHosts = List.copyOf(ownHosts);
        masterVersions = List.copyOf(masterVersions);
    }

    public boolean ready() {
        return "READY".equals(state);
    }
}
