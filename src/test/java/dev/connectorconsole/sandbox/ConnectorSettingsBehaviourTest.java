package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proxy, subject pattern rules, log and trace levels and the audit log as the sandbox emulates them (scc-api.md §4.11). */
class ConnectorSettingsBehaviourTest {
    private static final String CONNECTOR = "/api/v1/configuration/connector";
    private static final String PROXY = CONNECTOR + "/proxy";
    private static final String RULES = CONNECTOR + "/onPremises/subjectPatternRules";
    private static final String LOG = CONNECTOR + "/logAndTrace";
    private static final String AUDIT = CONNECTOR + "/auditLog";
    private static final String SECRET = "Proxy-Secret-4711";

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.initialized(dataDir);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theProxyPasswordIsAnsweredAsStarsAndNeverWrittenToTheDataFolder() throws IOException {
        assertThat(sandbox.send("GET", PROXY, null).expect(200).json().isEmpty()).isTrue();
        sandbox.send("PUT", PROXY, "{\"host\":\"proxy.corp\",\"port\":\"3128\",\"user\":\"scc\",\"password\":\"" + SECRET + "\"}")
                .expect(204);
        sandbox.restart();
        JsonNode proxy = sandbox.send("GET", PROXY, null).expect(200).json();
        assertThat(proxy.toString()).isEqualTo("{\"host\":\"proxy.corp\",\"port\":\"3128\",\"user\":\"scc\",\"password\":\"***\"}");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(SECRET);
            }
        }
    }

    @Test
    void theProxyIsValidatedAndRemovedByDeleteOrAnEmptyObject() {
        sandbox.send("PUT", PROXY, "{\"host\":\"proxy.corp\",\"port\":70000}")
                .expectError(400, "INVALID_REQUEST", "Property 'port' must be between 1 and 65535");
        sandbox.send("PUT", PROXY, "{\"port\":3128}").expectError(400, "INVALID_REQUEST", "Mandatory property 'host' is missing");
        sandbox.send("PUT", PROXY, "{\"host\":\"proxy.corp\",\"port\":3128}").expect(204);
        assertThat(sandbox.send("GET", PROXY, null).json().toString()).isEqualTo("{\"host\":\"proxy.corp\",\"port\":\"3128\"}");
        sandbox.send("PUT", PROXY, "{}").expect(204);
        assertThat(sandbox.send("GET", PROXY, null).json().isEmpty()).isTrue();
        sandbox.send("PUT", PROXY, "{\"host\":\"proxy.corp\",\"port\":3128}").expect(204);
        sandbox.send("DELETE", PROXY, null).expect(204);
        assertThat(sandbox.send("GET", PROXY, null).json().isEmpty()).isTrue();
    }

    @Test
    void aShadowInstanceRefusesProxyChanges(@TempDir Path shadowDir) {
        try (SandboxFixture shadow = SandboxFixture.fresh(shadowDir)) {
            shadow.changeInitialPassword();
            shadow.send("POST", CONNECTOR + "/haRole", "\"shadow\"").expect(204);
            shadow.send("PUT", PROXY, "{\"host\":\"proxy.corp\",\"port\":3128}")
                    .expectError(403, "FORBIDDEN_REQUEST", "operation is not allowed on a shadow instance");
            assertThat(shadow.send("DELETE", PROXY, null).status()).isEqualTo(403);
            assertThat(shadow.send("GET", PROXY, null).status()).isEqualTo(200);
        }
    }

    @Test
    void subjectPatternRulesAreAddedBeforeTheCatchAllReplacedMovedAndDeletedByIndex() {
        sandbox.send("POST", RULES, rule("name", "is", "alice", "alice")).expect(201);
        sandbox.send("POST", RULES, rule("mail", "exist", null, "${mail}")).expect(201);
        assertThat(conditions()).isEqualTo("[name is alice, mail exists, always true]");

        sandbox.send("PUT", RULES + "/1", rule("mail", "is_not", "x@y", "${name}")).expect(204);
        sandbox.send("POST", RULES + "/1/move", "{\"position\":0}").expect(204);
        assertThat(conditions()).isEqualTo("[mail is not x@y, name is alice, always true]");

        sandbox.send("DELETE", RULES + "/0", null).expect(204);
        sandbox.restart();
        assertThat(conditions()).isEqualTo("[name is alice, always true]");
        sandbox.send("DELETE", RULES + "/5", null).expectError(404, "NOT_FOUND", "Subject pattern rule with index 5 does not exist");
        sandbox.send("POST", RULES, rule("name", "is", null, "x"))
                .expectError(400, "INVALID_REQUEST", "Property 'value' is required for operator 'is'");
        sandbox.send("POST", RULES, rule("name", "equals", "a", "x"))
                .expectError(400, "INVALID_REQUEST", "Property 'operator' must be one of exist, exist_not, is, is_not");
    }

    @Test
    void logAndTraceLevelsArePatchedOnlyAndChecked() {
        JsonNode log = sandbox.send("GET", LOG, null).expect(200).json();
        assertThat(log.fieldNames()).toIterable().containsExactly("sccLogLevel", "otherLogLevel", "tlsTrace", "isTlsTraceActive",
                "cpicTraceLevel", "cleanup", "rolloverThreshold", "logAndTracePath");
        sandbox.send("PATCH", LOG, "{\"sccLogLevel\":\"LOUD\"}")
                .expectError(400, "INVALID_REQUEST", "Property 'sccLogLevel' must be one of OFF, ERROR, WARN, INFO, DEBUG, TRACE, ALL");
        sandbox.send("PATCH", LOG, "{\"cpicTraceLevel\":4}")
                .expectError(400, "INVALID_REQUEST", "Property 'cpicTraceLevel' must be between 0 and 3");
        assertThat(sandbox.send("PUT", LOG, "{\"sccLogLevel\":\"DEBUG\"}").status()).isEqualTo(405);
        sandbox.send("PATCH", LOG, "{\"sccLogLevel\":\"DEBUG\",\"cpicTraceLevel\":2}").expect(204);
        log = sandbox.send("GET", LOG, null).json();
        assertThat(log.get("sccLogLevel").asText()).isEqualTo("DEBUG");
        assertThat(log.get("otherLogLevel").asText()).isEqualTo("ERROR");
        assertThat(log.get("cpicTraceLevel").asInt()).isEqualTo(2);
    }

    @Test
    void theAuditLogLevelAndCleanupAreChecked() {
        assertThat(sandbox.send("GET", AUDIT, null).expect(200).json().get("level").asText()).isEqualTo("SECURITY");
        sandbox.send("PATCH", AUDIT, "{\"level\":\"SOME\"}")
                .expectError(400, "INVALID_REQUEST", "Property 'level' must be one of OFF, SECURITY, ALL");
        sandbox.send("PATCH", AUDIT, "{\"cleanup\":7}")
                .expectError(400, "INVALID_REQUEST", "Property 'cleanup' must be one of 0, 14, 30, 90, 180, 365");
        sandbox.send("PATCH", AUDIT, "{\"level\":\"ALL\",\"cleanup\":30}").expect(204);
        sandbox.restart();
        JsonNode audit = sandbox.send("GET", AUDIT, null).json();
        assertThat(audit.get("level").asText()).isEqualTo("ALL");
        assertThat(audit.get("cleanup").asInt()).isEqualTo(30);
    }

    private String conditions() {
        JsonNode rules = sandbox.send("GET", RULES, null).expect(200).json();
        return rules.findValuesAsText("condition").toString();
    }

    private static String rule(String variable, String operator, String value, String cn) {
        return "{\"condition\":{\"variable\":\"" + variable + "\",\"operator\":\"" + operator + "\""
                + (value == null ? "" : ",\"value\":\"" + value + "\"") + "},\"subjectPattern\":{\"CN\":\"" + cn + "\"}}";
    }
}
