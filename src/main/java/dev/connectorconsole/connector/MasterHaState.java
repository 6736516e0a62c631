package dev.connectorconsole.connector;

/**
 * A master's view of its pair ({@code GET .../ha/master/state}).
 *
 * @param state      ALONE, BINDING, CONNECTED or BROKEN as the connector says it
 * @param shadowHost the connected shadow's host, "" when none
 */
public record MasterHaState(String state, String shadowHost) {
    public MasterHaState {
        shadowHost = shadowHost == null ? "" : shadowHost;
    }

    public boolean shadowConnected() {
        return "CONNECTED".equals(state);
    }
}
