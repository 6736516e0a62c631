package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * {@code /api/monitoring/...} (no "v1" in monitoring paths, as on the real connector), master only. Per-subaccount data
 * comes in the {@code {"subaccounts":[…], "version":1}} envelope; alerts, certificates, memory, CPU and disk are
 * connector-wide. Traffic figures come from {@link TrafficMonitoring}.
 */
final class MonitoringResource {
    private static final String BASE = "api/monitoring/";

    private final StateStore store;
    private final HealthChecks health;
    private final CertificateMonitor certificates;
    private final ProcessFigures figures;
    private final TrafficMonitoring traffic;
    private final LongSupplier clock;

    MonitoringResource(StateStore store, HealthChecks health, CertificateMonitor certificates, ProcessFigures figures,
                       TrafficMonitoring traffic, LongSupplier clock) {
        this.store = store;
        this.health = health;
        this.certificates = certificates;
        this.figures = figures;
        this.traffic = traffic;
        this.clock = clock;
    }

    void register(Router router) {
        perSubaccount(router, "subaccounts", SubaccountJson::monitoringItem);
        perSubaccount(router, "connections/backends", traffic::backends);
        perSubaccount(router, "connections/serviceChannels", traffic::serviceChannels);
        perSubaccount(router, "performance/backends", traffic::performance);
        perSubaccount(router, "performance/topTimeConsumers", traffic::topTimeConsumers);
        perSubaccount(router, "usage", traffic::usage);
        connectorWide(router, "alerts", () -> store.read(state -> health.alerts(state, clock.getAsLong())));
        connectorWide(router, "certificates", this::allCertificates);
        for (String group : CertificateMonitor.GROUPS) {
            connectorWide(router, "certificates/" + group, () -> (ArrayNode) allCertificates().get(group));
        }
        connectorWide(router, "memory", figures::memory);
        connectorWide(router, "cpu", figures::cpu);
        connectorWide(router, "disk", figures::disk);
    }

    private ObjectNode allCertificates() {
        return store.read(state -> certificates.all(state, clock.getAsLong()));
    }

    private void perSubaccount(Router router, String path, Function<SubaccountData, ObjectNode> item) {
        router.on("GET", BASE + path, (request, params) -> ApiResponse.ok(store.read(state -> {
            SubaccountResource.requireMaster(state);
            ObjectNode envelope = JsonNodeFactory.instance.objectNode();
            ArrayNode list = envelope.putArray("subaccounts");
            state.subaccounts.forEach(subaccount -> list.add(item.apply(subaccount)));
            envelope.put("version", 1);
            return envelope;
        })));
    }

    private void connectorWide(Router router, String path, Supplier<? extends JsonNode> body) {
        router.on("GET", BASE + path, (request, params) -> {
            store.read(state -> {
                SubaccountResource.requireMaster(state);
                return null;
            });
            return ApiResponse.ok(body.get());
        });
    }
}
