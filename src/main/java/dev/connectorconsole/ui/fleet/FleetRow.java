package dev.connectorconsole.ui.fleet;

import dev.connectorconsole.app.FleetReading;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.TunnelState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One line of the fleet table: a subaccount of a connector, or, for a connector that could not be read, the
 * connector with the reason in place of its subaccounts.
 */
public record FleetRow(String connector, String engine, TunnelState state, String subaccount, String region,
                       String location, String problem) {
    static List<FleetRow> of(FleetReading reading) {
        String name = reading.profile().name();
        String engine = reading.profile().isRemote() ? "runs elsewhere" : reading.profile().engineShown();
        if (reading.state() != FleetReading.State.READ) {
            return List.of(new FleetRow(name, engine, null, "", "", "", reading.problem()));
        }
        if (reading.subaccounts().isEmpty()) {
            return List.of(new FleetRow(name, engine, null, "", "", "", "No subaccounts yet."));
        }
        List<FleetRow> rows = new ArrayList<>();
        for (MonitoredSubaccount item : reading.subaccounts()) {
            TunnelState state = item.tunnel() == null || item.tunnel().state() == null ? TunnelState.UNKNOWN
                    : item.tunnel().state();
            String display = item.displayName() == null || item.displayName().isBlank() ? item.subaccount()
                    : item.displayName();
            String location = Objects.requireNonNullElse(item.locationID(), "");
            rows.add(new FleetRow(name, engine, state, display, item.regionHost(), location.isEmpty() ? "default" : location,
                    ""));
        }
        return rows;
    }

    public boolean isProblem() {
        return !problem.isEmpty();
    }

    /** Whether any column contains {@code text}, ignoring case. */
    boolean matches(String text) {
        String needle = text.toLowerCase(Locale.ROOT).trim();
        return needle.isEmpty() || String.join(" ", connector, engine, subaccount, region, location, problem,
                state == null ? "" : state.name()).toLowerCase(Locale.ROOT).contains(needle);
    }
}
