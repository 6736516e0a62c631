package dev.connectorconsole.app;

import dev.connectorconsole.engine.ContainerStatsSample;
import java.util.function.Consumer;

/** Follows a connector container's resource use on the engine the app uses. */
public interface ContainerStats {
    /**
     * Starts following {@code container} (engine I/O: call it off the FX thread). {@code samples} gets a reading about
     * once a second and {@code failed} the reason when the stream breaks, both on the stream's own thread; closing the
     * result ends the stream.
     */
    AutoCloseable follow(String container, Consumer<ContainerStatsSample> samples, Consumer<Throwable> failed);
}
