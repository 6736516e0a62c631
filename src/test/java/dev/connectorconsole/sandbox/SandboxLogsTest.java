package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox writes the trace and audit files a real connector writes, in their documented formats, without secrets. */
class SandboxLogsTest {
    /** {@code <yyyy-MM-dd HH:mm:ss,SSS +ZZZZ>#<LEVEL>#<logger>#<thread>#<connection id>#<message>} (scc-operations.md). */
    static final String TRACE_RECORD =
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} [+-]\\d{4}#(INFO|WARN|ERROR|DEBUG|TRACE)#[\\w.$]+#[^#]+#[^#]*#.*";
    static final String AUDIT_ROW = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} [+-]\\d{4},[A-Z_]+,.+";
    private static final String ID = "7c0e8d52-2f3a-4b6e-9d1f-0a1b2c3d4e5f";
    private static final String CLOUD_PASSWORD = "Cloud-Secret-4711";

    @Test
    void adminCallsSignInsPasswordChangesAndTunnelChangesAreTracedAndAuditedWithoutAnyPassword(@TempDir Path data)
            throws IOException {
        try (SandboxFixture sandbox = SandboxFixture.fresh(data)) {
            sandbox.sendAs("not-the-password", "GET", "/api/v1/configuration/connector", null).expect(401);
            sandbox.changeInitialPassword();
            sandbox.send("POST", "/api/v1/configuration/connector/haRole", "\"master\"").expect(204);
            sandbox.send("POST", "/api/v1/configuration/subaccounts", "{\"regionHost\":\"cf.eu10.hana.ondemand.com\","
                    + "\"subaccount\":\"" + ID + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\""
                    + CLOUD_PASSWORD + "\"}").expect(201);
            sandbox.send("PUT", "/api/v1/configuration/subaccounts/cf.eu10.hana.ondemand.com/" + ID + "/state",
                    "{\"connected\":false}").expect(204);
        }
        Path log = data.resolve("log");
        List<String> trace = Files.readAllLines(log.resolve("scc_core.trc"));
        assertThat(trace.get(0)).isEqualTo("Entry format: Timestamp#Level#Logger name#Thread name#Connection ID#Message");
        assertThat(trace.subList(1, trace.size())).allMatch(line -> line.matches(TRACE_RECORD), "the trace record format");
        assertThat(trace).anyMatch(l -> l.contains("#INFO#com.sap.scc.Startup#") && l.contains("2.19.0.2"));
        assertThat(trace).anyMatch(l -> l.contains("#WARN#com.sap.scc.security#") && l.contains("Authentication failed"));
        assertThat(trace).anyMatch(l -> l.contains("#          #Returned Http Response with code 204 for PUT "
                + "/api/v1/configuration/connector/authentication/basic (user Administrator)"));
        assertThat(trace).anyMatch(l -> l.contains("Tunnel state changed from Disconnected to Connected for account:///" + ID));
        assertThat(trace).anyMatch(l -> l.contains("Tunnel state changed from Connected to Disconnected for account:///" + ID));

        List<String> audit = new ArrayList<>();
        try (Stream<Path> files = Files.list(log.resolve("audit"))) {
            for (Path file : files.toList()) {
                assertThat(file.getFileName().toString()).matches("audit-log_\\d{4}-\\d{2}-\\d{2}\\.csv");
                audit.addAll(Files.readAllLines(file));
            }
        }
        assertThat(audit).allMatch(row -> row.matches(AUDIT_ROW), "the audit row format");
        assertThat(audit).anyMatch(r -> r.contains(",ACCESS_DENIED,"));
        assertThat(audit).anyMatch(r -> r.contains(",CONFIGURATION_CHANGED,Configuration property [password] of SCCUser"
                + " changed by Administrator"));
        assertThat(audit).anyMatch(r -> r.contains(",CONNECTION_OPENED,") && r.contains(ID));
        assertThat(audit).anyMatch(r -> r.contains(",CONNECTION_CLOSED,") && r.contains(ID));

        String everything = String.join("\n", trace) + "\n" + String.join("\n", audit)
                + Files.readString(log.resolve("scc_core.trc"), StandardCharsets.UTF_8);
        for (String secret : List.of(SandboxFixture.INITIAL_PASSWORD, SandboxFixture.PASSWORD, CLOUD_PASSWORD,
                "not-the-password")) {
            assertThat(everything).as("no password in any log line").doesNotContain(secret);
        }
    }

    @Test
    void anErrorIsTracedWithItsStackTraceOnTheFollowingLines(@TempDir Path log) throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-12-05T10:15:30.123Z"), ZoneOffset.UTC);
        new TraceFile(log, clock, TraceFile.MAX_BYTES).error("com.sap.scc.config", "Processing PUT /x failed",
                new IllegalStateException("broken"));
        List<String> lines = Files.readAllLines(log.resolve("scc_core.trc"));
        assertThat(lines.get(1)).startsWith("2026-12-05 10:15:30,123 +0000#ERROR#com.sap.scc.config#")
                .endsWith("#          #Processing PUT /x failed");
        assertThat(lines.get(2)).isEqualTo("java.lang.IllegalStateException: broken");
        assertThat(lines.get(3)).startsWith("\tat ");
    }

    @Test
    void theTraceRollsOverAtItsSizeLimitAndKeepsTwentyFiles(@TempDir Path log) throws IOException {
        TraceFile trace = new TraceFile(log, Clock.systemUTC(), 2_000);
        for (int i = 0; i < 2_000; i++) {
            trace.info("com.sap.scc", "line " + i);
        }
        assertThat(Files.size(log.resolve("scc_core.trc"))).isLessThanOrEqualTo(2_000);
        try (Stream<Path> files = Files.list(log)) {
            assertThat(files.count()).isEqualTo(TraceFile.KEEP_FILES);
        }
        assertThat(Files.readString(log.resolve("scc_core.trc"))).contains("line 1999");
    }

    @Test
    void anAuditFileStopsGrowingAtItsCap(@TempDir Path log) throws IOException {
        AuditFile audit = new AuditFile(log, Clock.systemUTC(), 1_000);
        for (int i = 0; i < 100; i++) {
            audit.record("CONFIGURATION_CHANGED", "change " + i);
        }
        assertThat(Files.size(audit.file())).isLessThanOrEqualTo(1_000).isGreaterThan(900);
    }
}
