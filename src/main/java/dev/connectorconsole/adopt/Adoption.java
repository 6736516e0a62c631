package dev.connectorconsole.adopt;

import dev.connectorconsole.settings.ConnectorProfile;

/**
 * Turns a discovered container into a connector profile the app manages like its own. Adopting only remembers the
 * container: nothing on it changes until the user asks.
 */
public final class Adoption {
    static final int DEFAULT_ADMIN_PORT = 8443;

    private Adoption() {}

    /** A profile on the engine in use, whose published ports this app reaches at {@code adminHost}. */
    public static ConnectorProfile profileFor(ConnectorCandidate candidate, String adminHost) {
        if (candidate.kind() != ConnectorCandidate.Kind.CONTAINER) {
            throw new IllegalArgumentException("Only a container can be adopted; '" + candidate.name()
                    + "' is an image. Run a container from it instead.");
        }
        int port = candidate.hostPort() == null ? DEFAULT_ADMIN_PORT : candidate.hostPort();
        String adminUrl = candidate.hostPort() == null ? null : "https://" + adminHost + ":" + port;
        return new ConnectorProfile(candidate.name(), candidate.image(), candidate.name(), port, adminUrl, null,
                "Administrator");
    }
}
