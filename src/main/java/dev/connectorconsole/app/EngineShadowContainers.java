package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PublishAddress;
import java.time.Duration;
import java.util.function.Consumer;

/** {@link ShadowContainers} on the engine the app uses: the shadow runs next to its master. */
public final class EngineShadowContainers implements ShadowContainers {
    /** How long a new shadow container may take before its admin API answers. */
    public static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final EngineAccess engine;

    public EngineShadowContainers(EngineAccess engine) {
        this.engine = engine;
    }

    @Override
    public ShadowMade make(ShadowRequest request, SccClient master, Consumer<String> progress) {
        EngineConnection connection = engine.connection();
        return new HaPairMaker(new ContainerManager(connection), new ContainerNetworks(connection),
                PublishAddress.reachAt(PublishAddress.LOOPBACK, connection.endpoint()), READY_TIMEOUT)
                .make(request, master, progress);
    }
}
