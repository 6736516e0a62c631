package dev.connectorconsole.ui.dashboard;

import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one dashboard refresh reads, in two calls: the subaccounts with their tunnels, and the exposed systems of all
 * subaccounts ({@code /api/monitoring/connections/backends}). A connector that does not answer the second (an older
 * version) still shows its subaccounts, with the number of systems unknown.
 */
record DashboardData(List<MonitoredSubaccount> subaccounts, Map<String, Long> systems, boolean systemsKnown) {
    static DashboardData read(SccClient client) {
        List<MonitoredSubaccount> subaccounts = client.monitoringSubaccounts();
        try {
            Map<String, Long> systems = client.backendConnections().stream()
                    .collect(Collectors.groupingBy(b -> key(b.regionHost(), b.subaccount()), Collectors.counting()));
            return new DashboardData(subaccounts, systems, true);
        } catch (SccException notOffered) {
            if (notOffered.kind() != SccException.Kind.NOT_FOUND && notOffered.kind() != SccException.Kind.FORBIDDEN) {
                throw notOffered;
            }
            return new DashboardData(subaccounts, Map.of(), false);
        }
    }

    int systemsOf(MonitoredSubaccount item) {
        return systemsKnown ? systems.getOrDefault(key(item.regionHost(), item.subaccount()), 0L).intValue() : -1;
    }

    private static String key(String regionHost, String subaccount) {
        return (regionHost + "/" + subaccount).toLowerCase(Locale.ROOT);
    }
}
