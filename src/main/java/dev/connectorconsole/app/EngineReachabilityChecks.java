package dev.connectorconsole.app;

import dev.connectorconsole.engine.Reachability;
import dev.connectorconsole.engine.ReachabilityCheck;
import java.time.Duration;

/** {@link ReachabilityChecks} on the engine the app uses, with a probe container per check. */
public final class EngineReachabilityChecks implements ReachabilityChecks {
    /** How long the probe waits for a connection: a firewall that drops packets shows as "timed out" after it. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final EngineAccess engine;

    public EngineReachabilityChecks(EngineAccess engine) {
        this.engine = engine;
    }

    @Override
    public Reachability check(String container, String host, int port, boolean http) {
        return new ReachabilityCheck(engine.connection().client()).check(container, host, port, http, TIMEOUT);
    }
}
