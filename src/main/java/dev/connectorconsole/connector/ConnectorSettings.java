package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The connector-wide settings through an {@link SccClient} (same connection, credentials and errors): proxy,
 * principal propagation subject pattern rules, log and trace levels, audit log and alert thresholds.
 */
public final class ConnectorSettings {
    private static final String CONNECTOR = "api/v1/configuration/connector/";
    private static final String RULES = CONNECTOR + "onPremises/subjectPatternRules";

    private final AdminCalls calls;

    ConnectorSettings(AdminCalls calls) {
        this.calls = calls;
    }

    /** The proxy, or empty when the connector reaches the cloud directly. */
    public Optional<ProxySettings> proxy() {
        return calls.json("GET", url(CONNECTOR + "proxy"), null, "the proxy settings", ConnectorSettingsJson::proxy);
    }

    /** Sets the proxy; a null password keeps the one the connector has for the same user. Refused (403) on a shadow. */
    public void setProxy(String host, int port, String user, Secret password) {
        calls.noContent("PUT", url(CONNECTOR + "proxy"), ConnectorSettingsJson.proxy(host, port, user, password), password);
    }

    public void removeProxy() {
        calls.noContent("DELETE", url(CONNECTOR + "proxy"), null);
    }

    public List<SubjectPatternRule> subjectPatternRules() {
        return calls.json("GET", url(RULES), null, "the subject pattern rules", ConnectorSettingsJson::rules);
    }

    public void addSubjectPatternRule(SubjectPatternRule rule) {
        calls.noContent("POST", url(RULES), ConnectorSettingsJson.rule(rule));
    }

    /** Replaces the rule at the zero-based {@code index}. */
    public void replaceSubjectPatternRule(int index, SubjectPatternRule rule) {
        calls.noContent("PUT", url(RULES + "/" + index), ConnectorSettingsJson.rule(rule));
    }

    public void deleteSubjectPatternRule(int index) {
        calls.noContent("DELETE", url(RULES + "/" + index), null);
    }

    public void moveSubjectPatternRule(int index, int position) {
        calls.noContent("POST", url(RULES + "/" + index + "/move"),
                ("{\"position\":" + position + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public LogAndTraceLevels logAndTraceLevels() {
        return calls.json("GET", url(CONNECTOR + "logAndTrace"), null, "the log and trace levels", ConnectorSettingsJson::logLevels);
    }

    public void setLogAndTraceLevels(LogAndTraceLevels levels) {
        calls.noContent("PATCH", url(CONNECTOR + "logAndTrace"), ConnectorSettingsJson.logLevels(levels));
    }

    public AuditLogSettings auditLog() {
        return calls.json("GET", url(CONNECTOR + "auditLog"), null, "the audit log settings", ConnectorSettingsJson::audit);
    }

    public void setAuditLog(AuditLogSettings audit) {
        calls.noContent("PATCH", url(CONNECTOR + "auditLog"), ConnectorSettingsJson.audit(audit));
    }

    public SubaccountTrace subaccountTrace(String regionHost, String subaccount) {
        return calls.json("GET", perSubaccount("logAndTrace", regionHost, subaccount), null, "the subaccount's traces",
                ConnectorSettingsJson::subaccountTrace);
    }

    public void setSubaccountTrace(String regionHost, String subaccount, SubaccountTrace trace) {
        calls.noContent("PATCH", perSubaccount("logAndTrace", regionHost, subaccount),
                ConnectorSettingsJson.subaccountTrace(trace));
    }

    /** The subaccount's audit level: OFF, SECURITY or ALL (the connector's until one is set). */
    public String subaccountAuditLevel(String regionHost, String subaccount) {
        return calls.json("GET", perSubaccount("auditLog", regionHost, subaccount), null, "the subaccount's audit level",
                ConnectorSettingsJson::auditLevel);
    }

    public void setSubaccountAuditLevel(String regionHost, String subaccount, String level) {
        calls.noContent("PATCH", perSubaccount("auditLog", regionHost, subaccount), ConnectorSettingsJson.auditLevelBody(level));
    }

    public AlertThresholds alertThresholds() {
        return calls.json("GET", url(CONNECTOR + "alerting"), null, "the alert thresholds", ConnectorSettingsJson::thresholds);
    }

    public void setAlertThresholds(AlertThresholds thresholds) {
        calls.noContent("PATCH", url(CONNECTOR + "alerting"), ConnectorSettingsJson.thresholds(thresholds));
    }

    private HttpUrl perSubaccount(String setting, String regionHost, String subaccount) {
        return calls.url(CONNECTOR + setting).addPathSegment("subaccounts").addPathSegment(regionHost)
                .addPathSegment(subaccount).build();
    }

    private HttpUrl url(String path) {
        return calls.url(path).build();
    }
}
