package dev.connectorconsole.ui.connectorflow;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineShadowContainers;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.ui.ha.ShadowSource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the High availability screen makes a shadow with when Settings names one engine besides the connector's own:
 * the console's engine access (fresh configuration folders) and a shadow source offering that engine, admin ports
 * requested on loopback. Closing closes the engine access.
 */
final class ShadowOnNamedEngine implements AutoCloseable {
    private final EngineAccess engineAccess;
    private final ShadowSource source;

    ShadowOnNamedEngine(Supplier<EngineSettings> connectorsEngine, String name, EngineSettings named, String master,
            Consumer<ConnectorProfile> addProfile) throws IOException {
        engineAccess = new EngineAccess(new AppEnvironment(System.getenv(), Files.createTempDirectory("cc-test-ha-config"),
                Files.createTempDirectory("cc-test-ha-docker")), connectorsEngine);
        EngineShadowContainers shadows = new EngineShadowContainers(engineAccess,
                engine -> name.equals(engine) ? named : null, () -> PublishAddress.LOOPBACK, () -> List.of(name));
        source = new ShadowSource(shadows, () -> Optional.of(master), HaScreenWindow.secretsInMemory(), addProfile);
    }

    ShadowSource source() {
        return source;
    }

    @Override
    public void close() {
        engineAccess.close();
    }
}
