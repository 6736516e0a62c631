package dev.connectorconsole.app;

import dev.connectorconsole.common.Secret;
import java.util.Objects;

/**
 * What the console needs to make a shadow container for a running master container: the names of the shadow and of
 * the network they share, the master's admin user and password (the shadow gets the same password and signs in to
 * the master with them once), the shadow's timings, and the engine it runs on.
 *
 * @param shadowEngine null: the master's engine (a network shared with the master); otherwise the name of another
 *                     engine in Settings ({@code NamedEngine.DEFAULT_NAME} for the default one), where the shadow
 *                     reaches the master through the master's published port
 */
public record ShadowRequest(String masterContainer, String shadowContainer, String network, String masterUser,
                            Secret password, int checkIntervalSeconds, int takeoverDelaySeconds, String shadowEngine) {
    public ShadowRequest {
        Objects.requireNonNull(masterContainer, "masterContainer");
        Objects.requireNonNull(shadowContainer, "shadowContainer");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(masterUser, "masterUser");
        Objects.requireNonNull(password, "password");
        shadowEngine = shadowEngine == null || shadowEngine.isBlank() ? null : shadowEngine.strip();
    }

    public ShadowRequest(String masterContainer, String shadowContainer, String network, String masterUser,
                         Secret password, int checkIntervalSeconds, int takeoverDelaySeconds) {
        this(masterContainer, shadowContainer, network, masterUser, password, checkIntervalSeconds,
                takeoverDelaySeconds, null);
    }

    /** The shadow named "<master>-shadow" on the network "<master>-ha". */
    public static ShadowRequest forMaster(String masterContainer, String masterUser, Secret password,
                                          int checkIntervalSeconds, int takeoverDelaySeconds) {
        return new ShadowRequest(masterContainer, masterContainer + "-shadow", masterContainer + "-ha", masterUser,
                password, checkIntervalSeconds, takeoverDelaySeconds);
    }

    /** The same request with the shadow on another engine named in Settings (null: the master's engine). */
    public ShadowRequest onEngine(String engineName) {
        return new ShadowRequest(masterContainer, shadowContainer, network, masterUser, password, checkIntervalSeconds,
                takeoverDelaySeconds, engineName);
    }

    /** True when the shadow runs on another engine than the master. */
    public boolean acrossEngines() {
        return shadowEngine != null;
    }

    @Override
    public String toString() {
        return "ShadowRequest[" + masterContainer + " → " + shadowContainer + " on "
                + (shadowEngine == null ? network : "engine '" + shadowEngine + "'") + "]";
    }
}
