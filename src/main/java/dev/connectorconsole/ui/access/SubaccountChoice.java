package dev.connectorconsole.ui.access;

import dev.connectorconsole.connector.MonitoredSubaccount;

/** A subaccount whose access control can be shown: its address and the name people know it by. */
public record SubaccountChoice(String regionHost, String subaccount, String displayName) {
    static SubaccountChoice of(MonitoredSubaccount item) {
        String name = item.displayName() == null || item.displayName().isBlank() ? item.subaccount() : item.displayName();
        return new SubaccountChoice(item.regionHost(), item.subaccount(), name);
    }

    public boolean same(String otherRegion, String otherSubaccount) {
        return regionHost.equalsIgnoreCase(otherRegion) && subaccount.equalsIgnoreCase(otherSubaccount);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
