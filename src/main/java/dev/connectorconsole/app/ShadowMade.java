package dev.connectorconsole.app;

import dev.connectorconsole.settings.ConnectorProfile;

/**
 * The shadow container made for a master: where its admin API answers, its pinned certificate, and the pair's state.
 *
 * @param switchProblem null when roles can be switched; else why not, for the user
 */
public record ShadowMade(String container, String image, String adminHost, int hostPort, String fingerprint,
                         String user, HaPairStatus status, String switchProblem) {
    /**
     * The profile under which the switcher lists the shadow, on the master's engine (null: the default engine), with
     * the {@link #switchProblem} kept for the High availability screen.
     */
    public ConnectorProfile profile(String engine) {
        return new ConnectorProfile(container, image, container, hostPort, "https://" + adminHost + ":" + hostPort,
                fingerprint, user, engine, switchProblem);
    }
}
