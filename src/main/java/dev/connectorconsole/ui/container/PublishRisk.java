package dev.connectorconsole.ui.container;

import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.PublishAddress;

/** The warning for an admin port other machines can reach while the connector may still take its initial password. */
final class PublishRisk {
    private PublishRisk() {
    }

    /** Non-empty while {@code container}'s admin port is published beyond loopback and may still take "manage". */
    static String describe(ContainerSnapshot container, boolean initialPasswordChanged) {
        if (container == null || container.hostIp() == null || PublishAddress.isLoopback(container.hostIp())
                || initialPasswordChanged) {
            return "";
        }
        String where = PublishAddress.ALL_INTERFACES.equals(container.hostIp()) ? "every network interface"
                : container.hostIp();
        return "Its admin port " + container.hostPort() + " is published on " + where + ", so other machines can reach it."
                + " Until its initial password is changed, anyone there can sign in as Administrator with the password"
                + " \"manage\". Sign in and change it now, or choose \"Only this computer\" in Settings and recreate"
                + " the container.";
    }
}
