package dev.connectorconsole.e2e;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.TraceFileFollower;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The "Connector trace" of the sandbox container, whose image is FROM scratch (no shell, no tail): the trace file is
 * followed through the engine's archive API, a missing file is named as such, and a stop is named as a stop.
 */
class SandboxTraceFollowTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final EngineConnection engine = EngineTestSupport.connect();
    private final ContainerManager containers = new ContainerManager(engine);
    private final String name = EngineTestSupport.uniqueName("sandbox-trace");
    private final String tag = name + ":e2e";

    @AfterEach
    void removeEverything() {
        try {
            containers.remove(name, true);
        } catch (RuntimeException alreadyGone) {
            // the container may never have been created
        }
        TestImages.removeImage(engine, tag);
        engine.close();
    }

    @Test
    void theTraceOfTheShellLessSandboxIsFollowedAndEndsWithTheRealReason() throws Exception {
        SandboxImages.shared(engine, tag);
        int port = PortCheck.nextFree(19543);
        containers.run(ContainerSpec.connectorDefaults(name, tag, port).withLabels(TestImages.LABELS));
        Readiness readiness = new ReadinessProbe().await("localhost", port, Duration.ofSeconds(90), progress -> {});
        assertThat(readiness.ready()).as(readiness.reason()).isTrue();

        String missing = "/opt/sap/scc/log/not-there.trc";
        try (TraceFileFollower waiting = new TraceFileFollower(engine.streamingClient(), name, missing,
                LogOptions.followTail(10), new LogBuffer())) {
            waiting.start();
            await("the missing file to be named", () -> waiting.problem().isPresent());
            assertThat(waiting.problem()).contains("The file " + missing + " does not exist yet");
            assertThat(waiting.isRunning()).as("a missing file is waited for, not the end").isTrue();
        }

        LogBuffer buffer = new LogBuffer();
        TraceFileFollower follower = new TraceFileFollower(engine.streamingClient(), name, LogOptions.followTail(0),
                buffer);
        follower.start();
        Thread.sleep(2_500); // following has started: the line below is written after it
        assertThat(buffer.snapshot()).noneMatch(l -> l.text().contains("for GET /api/v1/configuration/subaccounts"));
        String pin = CertificateProbe.fetch("localhost", port).sha256();
        try (SccClient initial = new SccClient(new ConnectorEndpoint("localhost", port),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(pin))) {
            assertThatThrownBy(initial::subaccounts).as("the first-run gate answers 403");
        }
        await("the admin call in the trace", () -> buffer.snapshot().stream()
                .anyMatch(l -> l.text().contains("Returned Http Response with code 403 for GET /api/v1/configuration/subaccounts")));
        LogLine call = buffer.snapshot().stream()
                .filter(l -> l.text().contains("for GET /api/v1/configuration/subaccounts")).findFirst().orElseThrow();
        assertThat(call.text()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} [+-]\\d{4}#INFO#com\\.sap\\.scc\\.security#.+");

        containers.stop(name);
        follower.finished().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(follower.endReason()).contains("The container " + name + " stopped");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
