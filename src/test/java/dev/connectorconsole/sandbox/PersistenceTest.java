package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Like a real connector with its volumes, a restarted sandbox keeps its certificate, users and subaccounts. */
class PersistenceTest {
    private static final String REGION = "cf.us10.hana.ondemand.com";
    private static final String ID = "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b";

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsCertificatePasswordRoleAndSubaccounts() throws Exception {
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            String fingerprint = sandbox.server().certificateSha256();
            sandbox.changeInitialPassword();
            sandbox.send("POST", "/api/v1/configuration/connector/haRole", "\"master\"").expect(204);
            sandbox.send("PUT", "/api/v1/configuration/connector", "{\"description\":\"Lab connector\"}").expect(200);
            sandbox.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"" + REGION + "\",\"subaccount\":\"" + ID
                    + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"Cloud-Pass-77\",\"displayName\":\"Sales\"}").expect(201);
            sandbox.send("PUT", "/api/v1/configuration/subaccounts/" + REGION + "/" + ID + "/state", "{\"connected\":false}").expect(204);
            JsonNode before = sandbox.send("GET", "/api/v1/configuration/subaccounts/" + REGION + "/" + ID, null).json();

            sandbox.restart();

            assertThat(sandbox.server().certificateSha256()).isEqualTo(fingerprint);
            sandbox.sendAs(SandboxFixture.INITIAL_PASSWORD, "GET", "/api/v1/connector/version", null).expect(401);
            JsonNode after = sandbox.send("GET", "/api/v1/configuration/subaccounts/" + REGION + "/" + ID, null).expect(200).json();
            assertThat(after).isEqualTo(before);
            assertThat(after.get("tunnel").get("state").asText()).isEqualTo("Disconnected");
            JsonNode info = sandbox.send("GET", "/api/v1/configuration/connector", null).json();
            assertThat(info.get("ha").asText()).isEqualTo("master");
            assertThat(info.get("description").asText()).isEqualTo("Lab connector");
        }

        String state = Files.readString(dataDir.resolve(StateStore.FILE_NAME));
        assertThat(state).doesNotContain(SandboxFixture.PASSWORD, "Cloud-Pass-77", "\"manage\"");
        assertThat(state).contains("PBKDF2WithHmacSHA256");
        assertThat(dataDir.resolve(StateStore.FILE_NAME + ".tmp")).doesNotExist();
        for (String file : new String[] {StateStore.FILE_NAME, UiCertificate.FILE_NAME}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file)))).isEqualTo("rw-------");
        }
    }

    @Test
    void aFreshDataFolderGetsItsOwnCertificate(@TempDir Path otherDir) {
        String first;
        try (SandboxFixture sandbox = SandboxFixture.fresh(dataDir)) {
            first = sandbox.server().certificateSha256();
        }
        SandboxOptions options = SandboxOptions.defaults(otherDir).withConnectDelay(Duration.ZERO);
        try (SandboxServer other = SandboxServer.start(options)) {
            assertThat(other.certificateSha256()).isNotEqualTo(first).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        }
    }
}
