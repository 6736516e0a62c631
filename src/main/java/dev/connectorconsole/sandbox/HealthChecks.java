package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /api/monitoring/alerts}: the alerts {@link SandboxAlerts} raised plus those of conditions checked on each read
 * (as the real connector's periodic health check would): a UI or subaccount certificate expired or within the
 * {@code certificateValidityDays} threshold ({@code UICertificate} / {@code SubaccountCertificate}, Warning; Error once
 * expired), free disk below {@code freeDiskSpaceMb} ({@code Disk}, Warning) and the process's CPU load above
 * {@code cpuLoad} on every read for {@code cpuLoadViolationToleranceSec} ({@code CPU}, Warning). A condition alert keeps the time it was
 * first seen and goes away with its condition. Newest first, in {@code {"alerts":[…], "version":1}}.
 */
final class HealthChecks {
    private final SandboxAlerts alerts;
    private final CertificateMonitor certificates;
    private final ProcessFigures figures;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong cpuHighSince = new java.util.concurrent.atomic.AtomicLong();

    HealthChecks(SandboxAlerts alerts, CertificateMonitor certificates, ProcessFigures figures) {
        this.alerts = alerts;
        this.certificates = certificates;
        this.figures = figures;
    }

    ObjectNode alerts(StateData state, long now) {
        List<SandboxAlerts.Alert> all = new ArrayList<>(alerts.raised());
        Set<String> current = new HashSet<>();
        ObjectNode certificateGroups = certificates.all(state, now);
        for (String group : List.of(CertificateMonitor.EXPIRED, CertificateMonitor.EXPIRING)) {
            for (JsonNode item : certificateGroups.get(group)) {
                all.add(certificateAlert(item, group.equals(CertificateMonitor.EXPIRED), now, current));
            }
        }
        long freeMb = figures.freeDiskMb();
        if (freeMb < state.alerting.freeDiskSpaceMb) {
            all.add(condition("Disk", "", "Warning",
                    "Free disk space is " + freeMb + " MB, below the threshold of " + state.alerting.freeDiskSpaceMb
                            + " MB", now, current));
        }
        cpuCondition(state.alerting, now, current).ifPresent(all::add);
        firstSeen.keySet().retainAll(current);
        all.sort(Comparator.comparingLong(SandboxAlerts.Alert::timestamp).reversed());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("alerts");
        all.forEach(alert -> alert.addTo(list));
        body.put("version", 1);
        return body;
    }

    /** A CPU load above the threshold on every read for at least the violation tolerance raises a CPU warning. */
    private java.util.Optional<SandboxAlerts.Alert> cpuCondition(AlertingData alerting, long now, Set<String> current) {
        int load = figures.cpuPercent();
        if (load <= alerting.cpuLoad) {
            cpuHighSince.set(0);
            return java.util.Optional.empty();
        }
        long since = cpuHighSince.updateAndGet(first -> first == 0 ? now : first);
        long seconds = (now - since) / 1000;
        if (seconds < alerting.cpuLoadViolationToleranceSec) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(condition("CPU", "", "Warning", "The CPU load of the Cloud Connector is " + load
                + " %, above the threshold of " + alerting.cpuLoad + " % for " + seconds + " s", now, current));
    }

    private SandboxAlerts.Alert certificateAlert(JsonNode item, boolean expired, long now, Set<String> current) {
        boolean ui = item.get("type").asText().equals("UI");
        String entity = ui ? "" : item.get("subaccountName").asText() + "@" + item.get("subaccountRegion").asText();
        long days = Math.max(0, (item.get("validTo").asLong() - now) / 86_400_000L);
        String what = ui ? "The UI certificate" : "The certificate of subaccount " + entity;
        String message = expired ? what + " has expired" : what + " expires in " + days + " days";
        return condition(ui ? "UICertificate" : "SubaccountCertificate", entity, expired ? "Error" : "Warning",
                message, now, current);
    }

    private SandboxAlerts.Alert condition(String type, String entity, String status, String message, long now,
                                          Set<String> current) {
        String key = type + "|" + entity + "|" + status;
        current.add(key);
        long since = firstSeen.computeIfAbsent(key, ignored -> now);
        return new SandboxAlerts.Alert(since, status, type, message, entity);
    }
}
