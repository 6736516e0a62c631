package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Alerts raised by what happens to the sandbox (kept in memory: a restart starts with none, like a fresh health check).
 * A tunnel that fails to open or drops raises an Error alert of type {@code Tunnel} whose entity is
 * {@code <subaccount>@<regionHost>}; it is not repeated while the tunnel stays down, and when the tunnel connects again
 * an Info alert replaces it (scc-operations.md §5: "recovery creates an informational alert that replaces the
 * original"). SANDBOX choice: the real {@code type}/{@code status} values of tunnel alerts are not documented; the
 * documented ones are {@code Disk}, {@code CPU}, {@code UICertificate}, {@code SubaccountCertificate}, status
 * {@code Warning}. Condition alerts (certificates, disk) are computed on each read by {@link HealthChecks}.
 */
final class SandboxAlerts {
    static final String TUNNEL = "Tunnel";
    static final String ORIGIN = "Master";

    /** One alert as {@code /api/monitoring/alerts} shows it. */
    record Alert(long timestamp, String status, String type, String message, String entity) {
        void addTo(ArrayNode list) {
            list.addObject().put("timestamp", timestamp).put("status", status).put("type", type)
                    .put("origin", ORIGIN).put("message", message).put("entity", entity);
        }
    }

    private final List<Alert> raised = new ArrayList<>();
    private final LongSupplier clock;

    SandboxAlerts(LongSupplier clock) {
        this.clock = clock;
    }

    /** Called on every tunnel state change of a subaccount ({@code before} → {@code after}). */
    synchronized void tunnelChanged(SubaccountData subaccount, String before, String after) {
        String entity = subaccount.key();
        if (TunnelState.CONNECT_FAILURE.equals(after)) {
            if (find(entity, "Error") == null) {
                raised.removeIf(alert -> alert.type().equals(TUNNEL) && alert.entity().equals(entity));
                String what = TunnelState.CONNECTED.equals(before) ? "was lost" : "could not be opened";
                raised.add(new Alert(clock.getAsLong(), "Error", TUNNEL,
                        "Tunnel to subaccount " + entity + " " + what, entity));
            }
        } else if (TunnelState.CONNECTED.equals(after) && find(entity, "Error") != null) {
            raised.removeIf(alert -> alert.type().equals(TUNNEL) && alert.entity().equals(entity));
            raised.add(new Alert(clock.getAsLong(), "Info", TUNNEL,
                    "Tunnel to subaccount " + entity + " is connected again", entity));
        }
    }

    /** A deleted subaccount takes its alerts with it. */
    synchronized void forget(String entity) {
        raised.removeIf(alert -> alert.entity().equals(entity));
    }

    synchronized List<Alert> raised() {
        return List.copyOf(raised);
    }

    private Alert find(String entity, String status) {
        return raised.stream()
                .filter(alert -> alert.type().equals(TUNNEL) && alert.entity().equals(entity) && alert.status().equals(status))
                .findFirst().orElse(null);
    }
}
