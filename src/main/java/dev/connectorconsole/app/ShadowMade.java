package dev.connectorconsole.app;

import dev.connectorconsole.settings.ConnectorProfile;

/** The shadow container made for a master: where its admin API answers, its pinned certificate, and the pair's state. */
public record ShadowMade(String container, String image, String adminHost, int hostPort, String fingerprint,
                         String user, HaPairStatus status) {
    /** The profile under which the switcher lists the shadow, on the master's engine (null: the default engine). */
    public ConnectorProfile profile(String engine) {
        return new ConnectorProfile(container, image, container, hostPort, "https://" + adminHost + ":" + hostPort,
                fingerprint, user, engine);
    }
}
