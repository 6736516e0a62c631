package dev.connectorconsole.sandbox;

import static dev.connectorconsole.sandbox.SandboxFixture.INITIAL_PASSWORD;
import static dev.connectorconsole.sandbox.SandboxFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh sandbox behaves like a freshly installed connector: Administrator/manage, then password, then HA role. */
class FirstRunGateTest {
    private static final String BASIC = "/api/v1/configuration/connector/authentication/basic";
    private static final String HA_ROLE = "/api/v1/configuration/connector/haRole";

    @TempDir
    Path dataDir;

    @Test
    void beforeThePasswordChangeEveryApiCallButThePasswordChangeIsForbidden() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            for (String path : new String[] {"/api/v1/connector/version", "/api/v1/configuration/subaccounts",
                    "/api/v1/configuration/connector", HA_ROLE, "/api/monitoring/subaccounts", "/api/v1/no/such/thing"}) {
                sandbox.sendAs(INITIAL_PASSWORD, "GET", path, null)
                        .expectError(403, "FORBIDDEN_REQUEST", "operation unavailable unless initial password is changed");
            }
            sandbox.sendAs(INITIAL_PASSWORD, "POST", HA_ROLE, "\"master\"")
                    .expectError(403, "FORBIDDEN_REQUEST", "operation unavailable unless initial password is changed");
        }
    }

    @Test
    void passwordChangeRejectsWrongOldSameOrEmptyNewPassword() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            sandbox.sendAs(INITIAL_PASSWORD, "PUT", BASIC, "{\"oldPassword\":\"nope\",\"newPassword\":\"Next-1\"}")
                    .expect(400).expectError(400, "INVALID_REQUEST", "The old password is not correct");
            sandbox.sendAs(INITIAL_PASSWORD, "PUT", BASIC, "{\"oldPassword\":\"manage\",\"newPassword\":\"manage\"}")
                    .expectError(400, "INVALID_REQUEST", "The new password must differ from the old password");
            sandbox.sendAs(INITIAL_PASSWORD, "PUT", BASIC, "{\"oldPassword\":\"manage\",\"newPassword\":\"\"}")
                    .expectError(400, "INVALID_REQUEST", "The new password must not be empty");
            sandbox.sendAs(INITIAL_PASSWORD, "GET", "/api/v1/connector/version", null).expect(403);
        }
    }

    @Test
    void aBodyWithUserAndNewPasswordIsASilentNoOp() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            sandbox.sendAs(INITIAL_PASSWORD, "PUT", BASIC,
                    "{\"oldPassword\":\"manage\",\"newPassword\":\"Next-1\",\"user\":\"Admin2\"}").expect(204);
            sandbox.sendAs("Next-1", "GET", "/api/v1/connector/version", null).expect(401);
            sandbox.sendAs(INITIAL_PASSWORD, "GET", "/api/v1/connector/version", null)
                    .expectError(403, "FORBIDDEN_REQUEST", "operation unavailable unless initial password is changed");
        }
    }

    @Test
    void afterThePasswordChangeOnlyHaRoleVersionAndConnectorInfoAnswerUntilTheRoleIsSet() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            sandbox.changeInitialPassword();
            sandbox.sendAs(INITIAL_PASSWORD, "GET", "/api/v1/connector/version", null).expect(401);
            String haMessage = "method is not allowed for connector running with HA role undefined";
            sandbox.send("GET", "/api/v1/configuration/subaccounts", null).expectError(403, "FORBIDDEN_REQUEST", haMessage);
            sandbox.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"x\"}")
                    .expectError(403, "FORBIDDEN_REQUEST", haMessage);
            sandbox.send("GET", "/api/monitoring/subaccounts", null).expectError(403, "FORBIDDEN_REQUEST", haMessage);
            assertThat(sandbox.send("GET", "/api/v1/connector/version", null).expect(200).json().get("version").asText())
                    .isEqualTo("2.19.0.2");
            assertThat(sandbox.send("GET", "/api/v1/configuration/connector", null).expect(200).json().get("ha").asText())
                    .isEqualTo("undefined");
            assertThat(sandbox.send("GET", HA_ROLE, null).expect(200).body()).isEqualTo("\"undefined\"");
            assertThat(probe(sandbox, "hasMasterRole").body()).isEqualTo("false");

            sandbox.send("POST", HA_ROLE, "\"boss\"").expectError(400, "INVALID_REQUEST", "HA role must be \"master\" or \"shadow\"");
            sandbox.send("POST", HA_ROLE, "\"master\"").expect(204);
            sandbox.send("POST", HA_ROLE, "\"shadow\"").expectError(409, "ILLEGAL_STATE", "The HA role is already set to 'master'");

            assertThat(sandbox.send("GET", HA_ROLE, null).body()).isEqualTo("\"master\"");
            assertThat(probe(sandbox, "hasMasterRole").body()).isEqualTo("true");
            assertThat(sandbox.send("GET", "/api/v1/configuration/subaccounts", null).expect(200).body()).isEqualTo("[]");
            assertThat(sandbox.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"Lab\"}").expect(200).json()
                    .get("description").asText()).isEqualTo("Lab");
        }
    }

    @Test
    void theUserCanBeRenamedWithItsPassword() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            sandbox.changeInitialPassword();
            sandbox.send("POST", HA_ROLE, "\"master\"").expect(204);
            sandbox.send("PUT", BASIC, "{\"password\":\"wrong\",\"user\":\"Operator\"}")
                    .expectError(400, "INVALID_REQUEST", "The password is not correct");
            sandbox.send("PUT", BASIC, "{\"password\":\"" + PASSWORD + "\",\"user\":\"Operator\"}").expect(204);
            sandbox.send("GET", "/api/v1/connector/version", null).expect(401);
            HttpRequest.Builder asOperator = sandbox.request("/api/v1/connector/version")
                    .header("Authorization", SandboxFixture.basic("Operator", PASSWORD)).GET();
            sandbox.exchange(asOperator).expect(200);
        }
    }

    @Test
    void skipHaRoleGateKeepsOnlyThePasswordGate() {
        SandboxOptions options = SandboxOptions.defaults(dataDir).withConnectDelay(Duration.ZERO).withSkipHaRoleGate(true);
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir, options)) {
            sandbox.sendAs(INITIAL_PASSWORD, "GET", "/api/v1/configuration/subaccounts", null).expect(403);
            sandbox.changeInitialPassword();
            sandbox.send("GET", "/api/v1/configuration/subaccounts", null).expect(200);
        }
    }

    @Test
    void pingAnswersWithoutCredentialsAtAllTimes() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            Reply ping = probe(sandbox, "ping").expect(200);
            assertThat(ping.body()).isEqualTo("OK");
            assertThat(ping.header("Set-Cookie")).isPresent();
            sandbox.changeInitialPassword();
            probe(sandbox, "ping").expect(200);
            probe(sandbox, "ensureMasterRole").expect(409);
            probe(sandbox, "nonsense").expect(400);
        }
    }

    @Test
    void missingOrWrongCredentialsAre401WithABasicChallenge() {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            Reply anonymous = sandbox.exchange(sandbox.request("/api/v1/connector/version").GET()).expect(401);
            assertThat(anonymous.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm="));
            assertThat(anonymous.json().get("type").asText()).isEqualTo("UNAUTHORIZED");
            sandbox.sendAs("not-the-password", "GET", "/api/v1/connector/version", null).expect(401);
            sandbox.exchange(sandbox.request("/api/v1/connector/version").header("Authorization", "Basic !!!").GET()).expect(401);
        }
    }

    private static Reply probe(SandboxFixture sandbox, String action) {
        return sandbox.exchange(sandbox.request("/exposed?action=" + action).GET());
    }
}
