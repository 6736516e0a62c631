package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import java.util.Objects;

/**
 * What the console needs to make a shadow container for a running master container: the names of the shadow and of
 * the network they share, the master's admin user and password (the shadow gets the same password and signs in to
 * the master with them once), and the shadow's timings.
 */
public record ShadowRequest(String masterContainer, String shadowContainer, String network, String masterUser,
                            Secret password, int checkIntervalSeconds, int takeoverDelaySeconds) {
    public ShadowRequest {
        Objects.requireNonNull(masterContainer, "masterContainer");
        Objects.requireNonNull(shadowContainer, "shadowContainer");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(masterUser, "masterUser");
        Objects.requireNonNull(password, "password");
    }

    /** The shadow named "<master>-shadow" on the network "<master>-ha". */
    public static ShadowRequest forMaster(String masterContainer, String masterUser, Secret password,
                                          int checkIntervalSeconds, int takeoverDelaySeconds) {
        return new ShadowRequest(masterContainer, masterContainer + "-shadow", masterContainer + "-ha", masterUser,
                password, checkIntervalSeconds, takeoverDelaySeconds);
    }

    @Override
    public String toString() {
        return "ShadowRequest[" + masterContainer + " → " + shadowContainer + " on " + network + "]";
    }
}
