package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * {@code /api/v1/configuration/connector/alerting} (scc-api.md §4.11): GET; PUT and PATCH change the thresholds and
 * notification switches they name (master only) and answer 204 like the other connector settings. SANDBOX choice: PUT behaves like PATCH (the doc does not say whether
 * PUT resets what it leaves out); negative numbers, a cpuLoad above 100 and a zero certificateValidityDays are 400.
 */
final class AlertingResource {
    static final String PATH = "api/v1/configuration/connector/alerting";

    private final StateStore store;

    AlertingResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", PATH, (request, params) -> ApiResponse.ok(store.read(state -> json(state.alerting))))
                .on("PUT", PATH, (request, params) -> change(request.jsonObject()))
                .on("PATCH", PATH, (request, params) -> change(request.jsonObject()));
    }

    static ObjectNode json(AlertingData alerting) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("thresholds")
                .put("cpuLoad", alerting.cpuLoad)
                .put("cpuLoadViolationToleranceSec", alerting.cpuLoadViolationToleranceSec)
                .put("freeDiskSpaceMb", alerting.freeDiskSpaceMb)
                .put("certificateValidityDays", alerting.certificateValidityDays);
        ObjectNode notification = body.putObject("notification");
        alerting.notification.forEach(notification::put);
        return body;
    }

    private ApiResponse change(JsonNode body) {
        JsonNode thresholds = body.path("thresholds");
        Long cpuLoad = number(thresholds, "cpuLoad", 0, 100);
        Long tolerance = number(thresholds, "cpuLoadViolationToleranceSec", 0, Integer.MAX_VALUE);
        Long freeDisk = number(thresholds, "freeDiskSpaceMb", 0, Long.MAX_VALUE);
        Long validity = number(thresholds, "certificateValidityDays", 1, 3650);
        JsonNode notification = body.path("notification");
        for (String key : AlertingData.NOTIFICATIONS) {
            if (notification.has(key)) {
                JsonFields.requiredBoolean(notification, key);
            }
        }
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            AlertingData alerting = state.alerting;
            if (cpuLoad != null) {
                alerting.cpuLoad = cpuLoad.intValue();
            }
            if (tolerance != null) {
                alerting.cpuLoadViolationToleranceSec = tolerance.intValue();
            }
            if (freeDisk != null) {
                alerting.freeDiskSpaceMb = freeDisk;
            }
            if (validity != null) {
                alerting.certificateValidityDays = validity.intValue();
            }
            for (Map.Entry<String, Boolean> entry : alerting.notification.entrySet()) {
                if (notification.has(entry.getKey())) {
                    entry.setValue(JsonFields.requiredBoolean(notification, entry.getKey()));
                }
            }
            return ApiResponse.noContent();
        });
    }

    private static Long number(JsonNode thresholds, String field, long min, long max) {
        if (thresholds.isMissingNode()) {
            return null;
        }
        Long value = JsonFields.optionalLong(thresholds, field);
        if (value != null && (value < min || value > max)) {
            throw ApiException.invalidRequest("Property '" + field + "' must be between " + min + " and " + max);
        }
        return value;
    }
}
