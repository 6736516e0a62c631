package dev.connectorconsole.ui.health;

import dev.connectorconsole.connector.BackendConnection;
import dev.connectorconsole.connector.BackendUsage;
import dev.connectorconsole.connector.SlowCall;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Health screen's backend tables: each exposed system with its connections and traffic, and the slowest calls. */
final class BackendRows {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM, HH:mm:ss");

    /** One system mapping: open connections (the connection monitor) beside its traffic (the usage statistics). */
    record BackendRow(String subaccount, String backend, String protocol, int active, int idle, long calls,
                      String received, String sent, String lastCall) {}

    /** One of the slowest calls; times in ms. */
    record SlowCallRow(String start, String subaccount, String backend, String resource, String user, long totalMs,
                       long backendMs) {}

    private BackendRows() {
    }

    static List<BackendRow> backends(List<BackendConnection> connections, List<BackendUsage> usage, ZoneId zone) {
        Map<String, BackendUsage> traffic = usage.stream().collect(Collectors.toMap(
                u -> key(u.regionHost(), u.subaccount(), u.virtualHost() + ":" + u.virtualPort()), Function.identity(),
                (first, second) -> first));
        return connections.stream().map(c -> {
            BackendUsage used = traffic.get(key(c.regionHost(), c.subaccount(), c.virtualBackend()));
            return new BackendRow(c.subaccount(), c.virtualBackend() + " → " + c.internalBackend(), c.protocol(),
                    c.active(), c.idle(), used == null ? 0 : used.calls(), bytes(used == null ? 0 : used.bytesReceived()),
                    bytes(used == null ? 0 : used.bytesSent()), when(used == null ? null : used.mostRecentAccess(), zone));
        }).toList();
    }

    static List<SlowCallRow> slowest(List<SlowCall> calls, ZoneId zone) {
        return calls.stream()
                .sorted((a, b) -> Long.compare(b.totalTime(), a.totalTime()))
                .map(call -> new SlowCallRow(when(call.start(), zone), call.subaccount(),
                        call.virtualBackend() + " → " + call.internalBackend(), call.resource(),
                        call.user() == null ? "" : call.user(), call.totalTime(), call.externalTime()))
                .toList();
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant == null ? "—" : WHEN.withZone(zone).format(instant);
    }

    private static String key(String regionHost, String subaccount, String virtualBackend) {
        return regionHost + " " + subaccount + " " + virtualBackend;
    }
}
