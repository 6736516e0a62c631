package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.connector.AuditLogSettings;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.ConnectorSettings;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.LogAndTraceLevels;
import dev.connectorconsole.connector.ProxySettings;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.SubaccountTrace;
import dev.connectorconsole.connector.SubjectPatternCondition;
import dev.connectorconsole.connector.SubjectPatternRule;
import dev.connectorconsole.connector.TrustSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's client reads and changes the connector settings of a sandbox over HTTPS; server errors keep their message. */
class ConnectorSettingsThroughClientTest {
    private static final String SECRET = "Proxy-Secret-4711";

    @TempDir
    Path dataDir;

    @Test
    void proxyRulesLevelsAuditAndThresholdsRoundTrip() {
        try (SandboxFixture sandbox = SandboxFixture.initialized(dataDir);
             SccClient client = new SccClient(new ConnectorEndpoint("localhost", sandbox.server().port()),
                     new Credentials(SandboxFixture.USER, new Secret(SandboxFixture.PASSWORD)),
                     TrustSettings.pinned(sandbox.server().certificateSha256()))) {
            ConnectorSettings settings = client.settings();
            assertThat(settings.proxy()).isEmpty();
            settings.setProxy("proxy.corp", 3128, "scc", new Secret(SECRET));
            assertThat(settings.proxy()).contains(new ProxySettings("proxy.corp", 3128, "scc", true));
            settings.setProxy("proxy2.corp", 8080, "scc", null);
            assertThat(settings.proxy()).contains(new ProxySettings("proxy2.corp", 8080, "scc", true));
            assertThatThrownBy(() -> settings.setProxy("proxy.corp", 0, "scc", new Secret(SECRET)))
                    .isInstanceOf(SccException.class)
                    .hasMessageContaining("Property 'port' must be between 1 and 65535")
                    .hasMessageNotContaining(SECRET);
            settings.removeProxy();
            assertThat(settings.proxy()).isEmpty();

            assertThat(settings.subjectPatternRules()).singleElement()
                    .satisfies(rule -> assertThat(rule.conditionText()).isEqualTo("always true"))
                    .satisfies(rule -> assertThat(rule.condition()).isNull());
            settings.addSubjectPatternRule(new SubjectPatternRule("Sales", new SubjectPatternCondition("name", "is", "alice"),
                    null, Map.of("CN", "${name}", "O", "ACME")));
            settings.addSubjectPatternRule(new SubjectPatternRule(null, new SubjectPatternCondition("mail", "exist_not", null),
                    null, Map.of("CN", "x")));
            settings.moveSubjectPatternRule(1, 0);
            settings.replaceSubjectPatternRule(1, new SubjectPatternRule("Sales", new SubjectPatternCondition("name", "is_not", "bob"),
                    null, Map.of("CN", "${name}")));
            settings.deleteSubjectPatternRule(0);
            SubjectPatternRule first = settings.subjectPatternRules().get(0);
            assertThat(first.condition()).isEqualTo(new SubjectPatternCondition("name", "is_not", "bob"));
            assertThat(first.description()).isEqualTo("Sales");

            settings.setLogAndTraceLevels(new LogAndTraceLevels("DEBUG", "WARN", 2, true));
            assertThat(settings.logAndTraceLevels()).isEqualTo(new LogAndTraceLevels("DEBUG", "WARN", 2, true));
            settings.setAuditLog(new AuditLogSettings("ALL", 90));
            assertThat(settings.auditLog()).isEqualTo(new AuditLogSettings("ALL", 90));
            settings.setAlertThresholds(new AlertThresholds(80, 120, 500, 14));
            assertThat(settings.alertThresholds()).isEqualTo(new AlertThresholds(80, 120, 500, 14));
        }
    }

    @Test
    void eachSubaccountKeepsItsOwnTracesAndAuditLevel() {
        String region = "cf.eu10.hana.ondemand.com";
        try (SandboxFixture sandbox = SandboxFixture.initialized(dataDir);
             SccClient client = new SccClient(new ConnectorEndpoint("localhost", sandbox.server().port()),
                     new Credentials(SandboxFixture.USER, new Secret(SandboxFixture.PASSWORD)),
                     TrustSettings.pinned(sandbox.server().certificateSha256()))) {
            for (String id : new String[] {"sales", "hr"}) {
                sandbox.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"" + region
                        + "\",\"subaccount\":\"" + id + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"pw\"}")
                        .expect(201);
            }
            ConnectorSettings settings = client.settings();
            assertThat(settings.subaccountTrace(region, "sales")).isEqualTo(new SubaccountTrace(false, false));
            settings.setAuditLog(new AuditLogSettings("SECURITY", 30));
            assertThat(settings.subaccountAuditLevel(region, "sales")).as("the connector's until set").isEqualTo("SECURITY");

            settings.setSubaccountTrace(region, "sales", new SubaccountTrace(true, false));
            settings.setSubaccountAuditLevel(region, "sales", "ALL");
            assertThat(settings.subaccountTrace(region, "sales")).isEqualTo(new SubaccountTrace(true, false));
            assertThat(settings.subaccountAuditLevel(region, "sales")).isEqualTo("ALL");
            assertThat(settings.subaccountTrace(region, "hr")).as("the other subaccount untouched")
                    .isEqualTo(new SubaccountTrace(false, false));
            assertThat(settings.subaccountAuditLevel(region, "hr")).isEqualTo("SECURITY");

            assertThatThrownBy(() -> settings.setSubaccountAuditLevel(region, "sales", "LOUD"))
                    .isInstanceOf(SccException.class).hasMessageContaining("must be one of OFF, SECURITY, ALL");
            assertThatThrownBy(() -> settings.subaccountTrace(region, "nobody")).isInstanceOf(SccException.class)
                    .hasMessageContaining("nobody");
        }
    }
}
