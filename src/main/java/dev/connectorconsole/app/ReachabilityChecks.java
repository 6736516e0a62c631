package dev.connectorconsole.app;

import dev.connectorconsole.engine.Reachability;

/** Checks whether a host answers from inside a connector container's network (blocking; call off the FX thread). */
public interface ReachabilityChecks {
    Reachability check(String container, String host, int port, boolean http);
}
