package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code /api/v1/configuration/connector/logAndTrace} (GET; PATCH only, PUT and DELETE are 405) and
 * {@code /api/v1/configuration/connector/auditLog} (GET; PATCH), scc-api.md §4.11. PATCH changes the fields it names
 * and answers 204; read-only fields and unknown values are 400. SANDBOX choice: a rollover threshold is "<n> MB".
 * Per subaccount ({@code .../subaccounts/<regionHost>/<subaccount>}): the traffic and payload/SNC traces, and the
 * audit level (the connector's until set); an unknown subaccount is 404.
 */
final class LogAndAuditResource {
    static final String LOG_PATH = "api/v1/configuration/connector/logAndTrace";
    static final String AUDIT_PATH = "api/v1/configuration/connector/auditLog";
    static final List<String> LOG_LEVELS = List.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");
    static final List<String> AUDIT_LEVELS = List.of("OFF", "SECURITY", "ALL");
    static final List<Integer> AUDIT_CLEANUP_DAYS = List.of(0, 14, 30, 90, 180, 365);

    private final StateStore store;

    LogAndAuditResource(StateStore store) {
        this.store = store;
    }

    void register(Router router) {
        router.on("GET", LOG_PATH, (request, params) -> ApiResponse.ok(store.read(state -> logJson(state.logSettings))))
                .on("PATCH", LOG_PATH, (request, params) -> patchLog(request.jsonObject()))
                .on("GET", AUDIT_PATH, (request, params) -> ApiResponse.ok(store.read(state -> auditJson(state.logSettings))))
                .on("PATCH", AUDIT_PATH, (request, params) -> patchAudit(request.jsonObject()))
                .on("GET", LOG_PATH + "/subaccounts/{}/{}", (request, params) -> ApiResponse.ok(store.read(state ->
                        subaccountTrace(subaccount(state, params)))))
                .on("PATCH", LOG_PATH + "/subaccounts/{}/{}", (request, params) -> patchSubaccountTrace(request.jsonObject(), params))
                .on("GET", AUDIT_PATH + "/subaccounts/{}/{}", (request, params) -> ApiResponse.ok(store.read(state ->
                        JsonNodeFactory.instance.objectNode().put("level", subaccountAudit(state, subaccount(state, params))))))
                .on("PATCH", AUDIT_PATH + "/subaccounts/{}/{}", (request, params) -> patchSubaccountAudit(request.jsonObject(), params));
    }

    private static SubaccountData subaccount(StateData state, List<String> params) {
        return state.subaccounts.stream().filter(s -> s.is(params.get(0), params.get(1))).findFirst()
                .orElseThrow(() -> ApiException.subaccountNotFound(params.get(0), params.get(1)));
    }

    private static ObjectNode subaccountTrace(SubaccountData subaccount) {
        return JsonNodeFactory.instance.objectNode().put("trafficTrace", subaccount.trafficTrace)
                .put("payloadSncTrace", subaccount.payloadSncTrace);
    }

    private static String subaccountAudit(StateData state, SubaccountData subaccount) {
        return subaccount.auditLevel != null ? subaccount.auditLevel : state.logSettings.auditLevel;
    }

    private ApiResponse patchSubaccountTrace(JsonNode body, List<String> params) {
        Boolean traffic = JsonFields.optionalBoolean(body, "trafficTrace");
        Boolean payload = JsonFields.optionalBoolean(body, "payloadSncTrace");
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            SubaccountData subaccount = subaccount(state, params);
            subaccount.trafficTrace = traffic != null ? traffic : subaccount.trafficTrace;
            subaccount.payloadSncTrace = payload != null ? payload : subaccount.payloadSncTrace;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse patchSubaccountAudit(JsonNode body, List<String> params) {
        String level = level(body, "level", AUDIT_LEVELS);
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            SubaccountData subaccount = subaccount(state, params);
            subaccount.auditLevel = level != null ? level : subaccount.auditLevel;
            return ApiResponse.noContent();
        });
    }

    static ObjectNode logJson(LogSettingsData settings) {
        return JsonNodeFactory.instance.objectNode()
                .put("sccLogLevel", settings.sccLogLevel)
                .put("otherLogLevel", settings.otherLogLevel)
                .put("tlsTrace", settings.tlsTrace)
                .put("isTlsTraceActive", settings.tlsTrace)
                .put("cpicTraceLevel", settings.cpicTraceLevel)
                .put("cleanup", settings.cleanup)
                .put("rolloverThreshold", settings.rolloverThreshold)
                .put("logAndTracePath", "/opt/sap/scc/log");
    }

    static ObjectNode auditJson(LogSettingsData settings) {
        return JsonNodeFactory.instance.objectNode()
                .put("level", settings.auditLevel)
                .put("cleanup", settings.auditCleanup)
                .put("logPath", "/opt/sap/scc/auditlog");
    }

    private ApiResponse patchLog(JsonNode body) {
        readOnly(body, "isTlsTraceActive", "logAndTracePath");
        String scc = level(body, "sccLogLevel", LOG_LEVELS);
        String other = level(body, "otherLogLevel", LOG_LEVELS);
        Boolean tls = JsonFields.optionalBoolean(body, "tlsTrace");
        Long cpic = range(body, "cpicTraceLevel", 0, 3);
        Long cleanup = range(body, "cleanup", 0, 3650);
        String rollover = JsonFields.optionalString(body, "rolloverThreshold");
        if (rollover != null && !rollover.trim().matches("[1-9][0-9]{0,5} ?MB")) {
            throw ApiException.invalidRequest("Property 'rolloverThreshold' must be a size such as \"75 MB\"");
        }
        return store.write(state -> {
            LogSettingsData settings = state.logSettings;
            settings.sccLogLevel = scc != null ? scc : settings.sccLogLevel;
            settings.otherLogLevel = other != null ? other : settings.otherLogLevel;
            settings.tlsTrace = tls != null ? tls : settings.tlsTrace;
            settings.cpicTraceLevel = cpic != null ? cpic.intValue() : settings.cpicTraceLevel;
            settings.cleanup = cleanup != null ? cleanup.intValue() : settings.cleanup;
            settings.rolloverThreshold = rollover != null ? rollover.trim().replaceAll("([0-9])MB", "$1 MB") : settings.rolloverThreshold;
            return ApiResponse.noContent();
        });
    }

    private ApiResponse patchAudit(JsonNode body) {
        readOnly(body, "logPath");
        String level = level(body, "level", AUDIT_LEVELS);
        Long cleanup = JsonFields.optionalLong(body, "cleanup");
        if (cleanup != null && !AUDIT_CLEANUP_DAYS.contains(cleanup.intValue())) {
            throw ApiException.invalidRequest("Property 'cleanup' must be one of 0, 14, 30, 90, 180, 365");
        }
        return store.write(state -> {
            SubaccountResource.requireMaster(state);
            LogSettingsData settings = state.logSettings;
            settings.auditLevel = level != null ? level : settings.auditLevel;
            settings.auditCleanup = cleanup != null ? cleanup.intValue() : settings.auditCleanup;
            return ApiResponse.noContent();
        });
    }

    private static String level(JsonNode body, String field, List<String> allowed) {
        String value = JsonFields.optionalString(body, field);
        if (value != null && !allowed.contains(value)) {
            throw ApiException.invalidRequest("Property '" + field + "' must be one of " + String.join(", ", allowed));
        }
        return value;
    }

    private static Long range(JsonNode body, String field, long min, long max) {
        Long value = JsonFields.optionalLong(body, field);
        if (value != null && (value < min || value > max)) {
            throw ApiException.invalidRequest("Property '" + field + "' must be between " + min + " and " + max);
        }
        return value;
    }

    private static void readOnly(JsonNode body, String... fields) {
        for (String field : fields) {
            if (body.has(field)) {
                throw ApiException.invalidRequest("Property '" + field + "' is read-only");
            }
        }
    }
}
