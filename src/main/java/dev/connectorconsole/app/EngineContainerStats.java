package dev.connectorconsole.app;

import dev.connectorconsole.engine.ContainerStatsSample;
import dev.connectorconsole.engine.ContainerStatsStream;
import java.util.function.Consumer;

/** {@link ContainerStats} through the engine's stats stream. */
public final class EngineContainerStats implements ContainerStats {
    private final EngineAccess engine;

    public EngineContainerStats(EngineAccess engine) {
        this.engine = engine;
    }

    @Override
    public AutoCloseable follow(String container, Consumer<ContainerStatsSample> samples, Consumer<Throwable> failed) {
        return ContainerStatsStream.follow(engine.connection().client(), container, samples, failed);
    }
}
