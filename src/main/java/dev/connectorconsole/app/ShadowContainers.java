package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import java.util.function.Consumer;

/** Makes a shadow container for a running master container (blocking, minutes at most; call it off the FX thread). */
public interface ShadowContainers {
    /** @throws HaPairMaker.Failed naming the failed step and what was undone */
    ShadowMade make(ShadowRequest request, SccClient master, Consumer<String> progress);
}
