package dev.connectorconsole.app;

import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.settings.ConnectorProfile;
import java.util.List;

/**
 * What one connector of the fleet said in a refresh: its subaccounts, or why there are none to show (never signed
 * in with a remembered password, certificate not yet trusted, not reachable, too slow), and how long it took; its
 * alerts and certificates when the refresh was asked for them, else {@link HealthReading#NONE}, and then its
 * high-availability role too ("master", "shadow"; null when unknown or undefined).
 */
public record FleetReading(ConnectorProfile profile, State state, List<MonitoredSubaccount> subaccounts, String problem,
                           long millis, HealthReading health, String haRole) {
    public enum State { READ, NO_PASSWORD, NOT_TRUSTED, FAILED, TIMED_OUT }

    public FleetReading {
        subaccounts = List.copyOf(subaccounts);
        health = health == null ? HealthReading.NONE : health;
    }

    static FleetReading read(ConnectorProfile profile, List<MonitoredSubaccount> subaccounts, HealthReading health,
                             long millis) {
        return read(profile, subaccounts, health, null, millis);
    }

    static FleetReading read(ConnectorProfile profile, List<MonitoredSubaccount> subaccounts, HealthReading health,
                             String haRole, long millis) {
        return new FleetReading(profile, State.READ, subaccounts, "", millis, health, haRole);
    }

    static FleetReading problem(ConnectorProfile profile, State state, String problem, long millis) {
        return problem(profile, state, problem, null, millis);
    }

    /** A connector that answered who it is (its HA role) but not its subaccounts, as a shadow may. */
    static FleetReading problem(ConnectorProfile profile, State state, String problem, String haRole, long millis) {
        return new FleetReading(profile, state, List.of(), problem, millis, HealthReading.NONE, haRole);
    }
}
