package dev.connectorconsole.app;

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerNetworks;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.settings.EngineSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link ShadowContainers} on the engines the app knows: next to its master on the engine in use, or on another
 * engine named in Settings, through a connection of its own that is closed when the shadow is made.
 */
public final class EngineShadowContainers implements ShadowContainers {
    /** How long a new shadow container may take before its admin API answers. */
    public static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final EngineAccess engine;
    private final Function<String, EngineSettings> engineNamed;
    private final Supplier<String> requestedIp;
    private final Supplier<List<String>> others;

    /** Shadows on the engine in use only. */
    public EngineShadowContainers(EngineAccess engine) {
        this(engine, name -> null, () -> PublishAddress.LOOPBACK, List::of);
    }

    /**
     * @param engineNamed the settings of the engine with this name in Settings (the default one included), else null
     * @param requestedIp the Settings' admin port address (127.0.0.1, 0.0.0.0 or one address)
     * @param others      the names of the engines in Settings besides the one in use
     */
    public EngineShadowContainers(EngineAccess engine, Function<String, EngineSettings> engineNamed,
                                  Supplier<String> requestedIp, Supplier<List<String>> others) {
        this.engine = engine;
        this.engineNamed = engineNamed;
        this.requestedIp = requestedIp;
        this.others = others;
    }

    @Override
    public List<String> otherEngines() {
        return others.get();
    }

    @Override
    public ShadowMade make(ShadowRequest request, SccClient master, Consumer<String> progress) {
        EngineConnection connection = engine.connection();
        if (!request.acrossEngines()) {
            return new HaPairMaker(new ContainerManager(connection), new ContainerNetworks(connection),
                    PublishAddress.reachAt(PublishAddress.LOOPBACK, connection.endpoint()), READY_TIMEOUT)
                    .make(request, master, progress);
        }
        try (EngineConnection other = open(request.shadowEngine())) {
            return HaPairMaker.acrossEngines(connection, other, request.shadowEngine(), requestedIp.get(),
                    thisComputer(), READY_TIMEOUT).make(request, master, progress);
        }
    }

    @Override
    public String describe(String masterContainer, String shadowEngine) {
        if (shadowEngine == null) {
            return ShadowContainers.sameEngineNote(masterContainer);
        }
        try (EngineConnection other = open(shadowEngine)) {
            return HaPairMaker.describeAcrossEngines(engine.connection(), other, shadowEngine, requestedIp.get(),
                    thisComputer(), masterContainer);
        }
    }

    private EngineConnection open(String name) {
        EngineSettings settings = engineNamed.apply(name);
        if (settings == null) {
            throw new IllegalStateException("There is no engine named '" + name + "' in Settings.");
        }
        return engine.openOther(name, settings);
    }

    /** This computer's host name as other machines know it; "localhost" when it has none. */
    static String thisComputer() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
