package dev.connectorconsole.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.EngineException;
import dev.connectorconsole.engine.EngineInfo;
import dev.connectorconsole.engine.EngineLocator;
import dev.connectorconsole.settings.EngineMode;
import dev.connectorconsole.settings.EngineSettings;

/**
 * The app's one connection to the Docker engine, opened on first use from the settings (automatic like the docker
 * CLI, or the host the user entered). Blocking methods: call them off the FX thread.
 */
public final class EngineAccess implements EngineProbe, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineAccess.class);

    private final AppEnvironment environment;
    private final Supplier<EngineSettings> settings;
    private EngineConnection connection;
    private EngineSettings connectedWith;

    private final Function<EngineSettings, String> names;

    public EngineAccess(AppEnvironment environment, Supplier<EngineSettings> settings) {
        this(environment, settings, engine -> null);
    }

    /** @param names the name of a named engine with these settings, or null; said in messages and the status bar */
    public EngineAccess(AppEnvironment environment, Supplier<EngineSettings> settings,
                        Function<EngineSettings, String> names) {
        this.environment = environment;
        this.settings = settings;
        this.names = names;
    }

    /** Where the engine is expected, from the settings or as the docker CLI would find it. */
    public EngineEndpoint endpoint() {
        EngineSettings engine = settings.get();
        EngineEndpoint endpoint = endpointFor(engine, environment);
        String name = names.apply(engine);
        return name == null ? endpoint
                : new EngineEndpoint(endpoint.host(), "engine '" + name + "'", endpoint.tlsVerify(), endpoint.certPath());
    }

    /** Where {@code engine} settings point, or where the docker CLI would look in {@code environment}. */
    static EngineEndpoint endpointFor(EngineSettings engine, AppEnvironment environment) {
        if (engine.mode() == EngineMode.HOST && engine.host() != null && !engine.host().isBlank()) {
            return new EngineEndpoint(URI.create(engine.host().trim()), "Settings", engine.tlsVerify(),
                    engine.certPath() == null ? null : Path.of(engine.certPath()));
        }
        return EngineLocator.locate(environment.env(), environment.dockerConfigDir());
    }

    /** An open connection; reopened when the engine settings changed. Does not ping. */
    public synchronized EngineConnection connection() {
        EngineSettings current = settings.get();
        if (connection != null && !current.equals(connectedWith)) {
            connection.close();
            connection = null;
        }
        if (connection == null) {
            connection = EngineConnection.open(endpoint());
            connectedWith = current;
        }
        return connection;
    }

    /**
     * A connection of its own to another engine named in Settings (e.g. where a shadow container goes), not the one
     * in use; the caller closes it. Does not ping.
     */
    public EngineConnection openOther(String name, EngineSettings other) {
        EngineEndpoint endpoint = endpointFor(other, environment);
        return EngineConnection.open(new EngineEndpoint(endpoint.host(), "engine '" + name + "'", endpoint.tlsVerify(),
                endpoint.certPath()));
    }

    @Override
    public EngineCheck check() {
        String where;
        try {
            where = endpoint().describe();
        } catch (EngineException e) {
            return EngineCheck.down("no engine configured", e.getMessage());
        }
        try {
            EngineInfo info = connection().ping();
            return EngineCheck.up(where, info.version());
        } catch (EngineException e) {
            LOG.info("Engine check: {}", e.getMessage());
            return EngineCheck.down(where, e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
