package dev.connectorconsole.app;

import java.time.Duration;
import java.util.List;

import dev.connectorconsole.app.EngineProbe.EngineCheck;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.EngineException;
import dev.connectorconsole.engine.EngineInfo;
import dev.connectorconsole.settings.EngineSettings;

/**
 * Tries engine settings before they are saved: opens a connection of its own (an ssh tunnel too), asks the engine
 * who it is and closes again. The app's own connection is not touched. Blocking: call it through BackgroundTasks.
 */
public final class EngineTrial {
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);

    private final AppEnvironment environment;
    private final List<String> sshCommand;

    public EngineTrial(AppEnvironment environment) {
        this(environment, EngineConnection.SYSTEM_SSH);
    }

    /** @param sshCommand the ssh client and options used for ssh:// engines */
    public EngineTrial(AppEnvironment environment, List<String> sshCommand) {
        this.environment = environment;
        this.sshCommand = List.copyOf(sshCommand);
    }

    /** Up with "version (API x.y)", or down with the reason; never throws for an unreachable or wrong engine. */
    public EngineCheck check(EngineSettings settings) {
        EngineEndpoint endpoint;
        try {
            endpoint = EngineAccess.endpointFor(settings, environment);
        } catch (IllegalArgumentException | EngineException e) {
            return EngineCheck.down(String.valueOf(settings.host()), "This is not an engine address: " + e.getMessage());
        }
        try (EngineConnection connection = EngineConnection.open(endpoint, RESPONSE_TIMEOUT, sshCommand)) {
            EngineInfo info = connection.ping();
            return EngineCheck.up(endpoint.describe(), info.version() + " (API " + info.apiVersion() + ")");
        } catch (EngineException e) {
            return EngineCheck.down(endpoint.describe(), e.getMessage());
        }
    }
}
