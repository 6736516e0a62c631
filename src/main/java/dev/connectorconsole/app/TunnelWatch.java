package dev.connectorconsole.app;

import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.TunnelState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Watches the fleet's tunnels between refreshes and says when one leaves Connected: at most once per tunnel per
 * {@link #QUIET}, and never for what was already down when the watch first saw it. Plain Java; the caller decides how
 * to tell the user.
 */
public final class TunnelWatch {
    /** At most one message per tunnel within this time. */
    public static final Duration QUIET = Duration.ofHours(1);

    /** A tunnel that left Connected: where, and what it is now. */
    public record Drop(String connector, String subaccount, String regionHost, TunnelState now) {
        public String sentence() {
            return subaccount + " (" + regionHost + ") on " + connector + " is no longer connected: "
                    + now.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        }
    }

    private final Map<String, TunnelState> lastSeen = new HashMap<>();
    private final Map<String, Instant> lastTold = new HashMap<>();

    /** Compares with the previous readings; returns the drops to tell now. */
    public synchronized List<Drop> observe(List<FleetReading> readings, Instant now) {
        List<Drop> drops = new ArrayList<>();
        for (FleetReading reading : readings) {
            if (reading.state() != FleetReading.State.READ) {
                continue;
            }
            for (MonitoredSubaccount item : reading.subaccounts()) {
                String key = (reading.profile().name() + "|" + item.regionHost() + "|" + item.subaccount())
                        .toLowerCase(Locale.ROOT);
                TunnelState state = item.tunnel() == null || item.tunnel().state() == null ? TunnelState.UNKNOWN
                        : item.tunnel().state();
                TunnelState before = lastSeen.put(key, state);
                if (before == TunnelState.CONNECTED && state != TunnelState.CONNECTED && quietOver(key, now)) {
                    lastTold.put(key, now);
                    String name = item.displayName() == null || item.displayName().isBlank() ? item.subaccount()
                            : item.displayName();
                    drops.add(new Drop(reading.profile().name(), name, item.regionHost(), state));
                }
            }
        }
        return drops;
    }

    private boolean quietOver(String key, Instant now) {
        Instant told = lastTold.get(key);
        return told == null || !now.isBefore(told.plus(QUIET));
    }
}
