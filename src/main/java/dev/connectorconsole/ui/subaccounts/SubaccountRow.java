package dev.connectorconsole.ui.subaccounts;

import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.TunnelState;
import java.util.Objects;

/** One line of the subaccount list. */
public record SubaccountRow(String regionHost, String subaccount, String displayName, String locationId,
                            TunnelState state) {
    static SubaccountRow of(MonitoredSubaccount item) {
        TunnelState state = item.tunnel() == null || item.tunnel().state() == null
                ? TunnelState.UNKNOWN : item.tunnel().state();
        String name = item.displayName() == null || item.displayName().isBlank() ? item.subaccount() : item.displayName();
        return new SubaccountRow(item.regionHost(), item.subaccount(), name,
                Objects.requireNonNullElse(item.locationID(), ""), state);
    }

    boolean sameSubaccount(String otherRegion, String otherSubaccount) {
        return regionHost.equalsIgnoreCase(otherRegion) && subaccount.equalsIgnoreCase(otherSubaccount);
    }
}
