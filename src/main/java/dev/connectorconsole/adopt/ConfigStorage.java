package dev.connectorconsole.adopt;

import java.util.List;
import java.util.Map;

/**
 * Which of the connector's state folders survive a recreate: those on a volume or bind mount do, those in the
 * container's writable layer are lost when the container is removed.
 *
 * @param persisted folder → volume name or host path
 * @param ephemeral folders kept only in the writable layer
 */
public record ConfigStorage(Map<String, String> persisted, List<String> ephemeral) {
    public static final List<String> CONNECTOR_FOLDERS = List.of(
            "/opt/sap/scc/config", "/opt/sap/scc/config_master", "/opt/sap/scc/scc_config", "/opt/sap/scc/log");

    public ConfigStorage {
        persisted = Map.copyOf(persisted);
        ephemeral = List.copyOf(ephemeral);
    }

    /** True when recreating the container would lose configuration (users, subaccounts, certificates). */
    public boolean recreateLosesConfiguration() {
        return ephemeral.stream().anyMatch(folder -> !folder.endsWith("/log"));
    }

    /** The sentence the user reads before a recreate. */
    public String recreateWarning() {
        if (!recreateLosesConfiguration()) {
            return "The connector's configuration is kept in volumes; recreating the container keeps it.";
        }
        List<String> lost = ephemeral.stream().filter(folder -> !folder.endsWith("/log")).toList();
        return "This container keeps the connector's configuration (" + String.join(", ", lost)
                + ") inside the container itself, not in a volume. Recreating or removing it loses that configuration:"
                + " users, subaccounts and certificates. Make a backup through the connector first.";
    }
}
