package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import java.util.List;
import java.util.function.Consumer;

/** Makes a shadow container for a running master container (blocking, minutes at most; call it off the FX thread). */
public interface ShadowContainers {
    /** @throws HaPairMaker.Failed naming the failed step and what was undone */
    ShadowMade make(ShadowRequest request, SccClient master, Consumer<String> progress);

    /**
     * A sentence saying where a shadow of {@code masterContainer} would run and how it would reach the master, and
     * what changes on the master first. Blocking (may ask both engines).
     *
     * @param shadowEngine null: the master's engine; otherwise another engine's name in Settings
     */
    default String describe(String masterContainer, String shadowEngine) {
        return shadowEngine == null ? sameEngineNote(masterContainer)
                : "A shadow on another engine cannot be made here.";
    }

    /** The engines in Settings a shadow may go to besides the shown connector's own; none by default. */
    default List<String> otherEngines() {
        return List.of();
    }

    /** How a shadow on the master's own engine reaches it. */
    static String sameEngineNote(String masterContainer) {
        return "The shadow runs on this connector's engine, on the network " + masterContainer + "-ha shared with "
                + masterContainer + ", and reaches it by its container name. Nothing of " + masterContainer
                + " changes but that network.";
    }
}
