package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code sandbox ...}. */
class SandboxMainTest {
    @TempDir
    Path dataDir;

    @Test
    void parsesEveryOption() {
        SandboxMain.Arguments parsed = SandboxMain.Arguments.parse(new String[] {"--port", "9443", "--data", dataDir.toString(),
                "--bind", "0.0.0.0", "--connect-delay-ms", "250", "--skip-ha-gate", "--seed-subaccounts", "40"});
        assertThat(parsed.options()).isEqualTo(new SandboxOptions(9443, dataDir, "0.0.0.0", Duration.ofMillis(250), true));
        assertThat(parsed.seed()).isEqualTo(40);
    }

    @Test
    void theImageIsToldTheHaBindTimeInMilliseconds() {
        assertThat(SandboxMain.bindTime("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThat(SandboxMain.bindTime(null)).isNull();
        assertThat(SandboxOptions.defaults(dataDir).withHaBindTime(SandboxMain.bindTime(" ")).haBindTime())
                .isEqualTo(SandboxOptions.DEFAULT_HA_BIND_TIME);
        assertThatThrownBy(() -> SandboxMain.bindTime("2s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SandboxOptions.HA_BIND_MILLIS_ENV);
    }

    @Test
    void claimsTheVersionItIsGivenAndCanBeToldNeverToBecomeReady() {
        SandboxMain.Arguments parsed = SandboxMain.Arguments.parse(new String[] {"--port", "0", "--data", dataDir.toString(),
                "--version", "2.19.1", "--never-ready"});
        assertThat(parsed.options().version()).isEqualTo("2.19.1");
        assertThat(parsed.neverReady()).isTrue();
        assertThat(SandboxMain.Arguments.parse(new String[] {"--port", "0", "--data", dataDir.toString()}).options().version())
                .isEqualTo(SandboxOptions.DEFAULT_VERSION).isEqualTo("2.19.0.2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--port", "0",
                "--data", dataDir.toString(), "--version", "latest"})).hasMessageContaining("2.19.1");
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults(dataDir).withVersion("2.19.1"))) {
            assertThat(server.version()).isEqualTo("2.19.1");
        }
    }

    @Test
    void defaultsToLoopbackAndOneSecondDelay() {
        SandboxMain.Arguments parsed = SandboxMain.Arguments.parse(new String[] {"--port", "0", "--data", dataDir.toString()});
        assertThat(parsed.options().bindAddress()).isEqualTo("127.0.0.1");
        assertThat(parsed.options().connectDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(parsed.options().skipHaRoleGate()).isFalse();
        assertThat(parsed.seed()).isZero();
    }

    @Test
    void rejectsMissingOrBadValuesWithASentence() {
        assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--data", "x"})).hasMessage("--port is required");
        assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--port", "70000", "--data", "x"}))
                .hasMessage("--port must be between 0 and 65535: 70000");
        assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--port", "x1", "--data", "x"}))
                .hasMessage("--port must be a number: x1");
        assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--port", "1", "--data"}))
                .hasMessage("--data needs a value");
        assertThatThrownBy(() -> SandboxMain.Arguments.parse(new String[] {"--port", "1", "--data", "x", "--verbose"}))
                .hasMessage("Unknown option: --verbose");
    }

    @Test
    void announcesVersionLogFilesUrlAndFingerprint() {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults(dataDir))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            SandboxMain.announce(server, new PrintStream(bytes, true, StandardCharsets.UTF_8));
            assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(
                    "SAP Cloud Connector 2.19.0.2 (sandbox: Connector Console emulator of the admin API)"
                            + System.lineSeparator()
                            + "Trace file: " + dataDir.resolve("log/scc_core.trc") + ", audit log: "
                            + dataDir.resolve("log/audit") + System.lineSeparator()
                            + "Sandbox connector listening on https://localhost:" + server.port() + System.lineSeparator()
                            + "Certificate SHA-256: " + server.certificateSha256() + System.lineSeparator());
        }
    }
}
