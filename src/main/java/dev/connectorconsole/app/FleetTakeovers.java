package dev.connectorconsole.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells, from successive fleet readings, each connector that was a shadow and is master now: its master stopped
 * answering for the takeover delay (or someone switched the roles). Told once per change; a connector not read this
 * time keeps the role it was last seen with.
 */
public final class FleetTakeovers {
    private final Map<String, String> lastRoles = new HashMap<>();

    /** One sentence per connector that became master since the last reading. */
    public synchronized List<String> observe(List<FleetReading> readings) {
        List<String> told = new ArrayList<>();
        for (FleetReading reading : readings) {
            String role = reading.haRole();
            if (role == null) {
                continue;
            }
            String name = reading.profile().name();
            String before = lastRoles.put(name, role);
            if ("shadow".equals(before) && "master".equals(role)) {
                told.add(name + " is master now: it was the shadow, so its master stopped answering (or the roles"
                        + " were switched). Check the other connector of the pair on the High availability screen.");
            }
        }
        return told;
    }
}
