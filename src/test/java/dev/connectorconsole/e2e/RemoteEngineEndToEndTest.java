package dev.connectorconsole.e2e;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEndpoint;
import dev.connectorconsole.engine.EngineEvent;
import dev.connectorconsole.engine.EngineEvents;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.SshServerFixture;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.engine.TlsEngineFront;
import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogFollower;
import dev.connectorconsole.engine.logs.LogOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connector on an engine reached as a remote one is: through a real OpenSSH server (ssh://), and through a TLS front
 * that requires a client certificate (tcp:// with DOCKER_CERT_PATH). Through each: build the sandbox image, run it,
 * follow its log and the engine's events, sign in and add a subaccount.
 */
class RemoteEngineEndToEndTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "5b0c3f1e-2d4a-4e6b-9c8d-7a1f0e2b3c4d";

    @TempDir
    Path work;

    @Test
    void aConnectorIsBuiltRunAndAdministeredThroughAnSshEngine() throws Exception {
        try (SshServerFixture ssh = SshServerFixture.start(work.resolve("ssh"))) {
            runAndAdminister(ssh.endpoint(), ssh.sshCommand(), "ssh");
        }
    }

    @Test
    void aConnectorIsBuiltRunAndAdministeredThroughATlsEngineThatRequiresAClientCertificate() throws Exception {
        try (TlsEngineFront tls = TlsEngineFront.start(work.resolve("certs"))) {
            runAndAdminister(tls.endpoint(), EngineConnection.SYSTEM_SSH, "tls");
        }
    }

    private void runAndAdminister(EngineEndpoint endpoint, List<String> sshCommand, String purpose) throws Exception {
        String name = EngineTestSupport.uniqueName("remote-" + purpose);
        String tag = name + ":e2e";
        try (EngineConnection engine = EngineConnection.open(endpoint, EngineConnection.DEFAULT_RESPONSE_TIMEOUT, sshCommand)) {
            assertThat(engine.ping().apiVersion()).isNotBlank();
            ContainerManager containers = new ContainerManager(engine);
            List<EngineEvent> events = new CopyOnWriteArrayList<>();
            try (EngineEvents watch = new EngineEvents(engine, TestImages.LABELS, events::add, status -> {})) {
                watch.start();
                assertThat(SandboxImages.build(engine, tag, work)).as("image id").isNotBlank();

                int port = PortCheck.nextFree(19643);
                containers.run(ContainerSpec.connectorDefaults(name, tag, port).withLabels(TestImages.LABELS));
                String host = PublishAddress.reachAt(PublishAddress.LOOPBACK, endpoint);
                LogBuffer log = new LogBuffer();
                try (LogFollower follower = new LogFollower(engine.streamingClient(), name, LogOptions.followAll(), log)) {
                    follower.start();
                    SandboxImages.assertReady(host, port);
                    await("the connector's start line in its log", () -> log.snapshot().stream()
                            .anyMatch(line -> line.text().contains("Sandbox connector listening on")));
                }
                await("the start event of " + name, () -> events.stream()
                        .anyMatch(e -> "container".equals(e.type()) && "start".equals(e.action()) && name.equals(e.name())));

                signInAndAddASubaccount(host, port);
            } finally {
                containers.remove(name, true);
                TestImages.removeImage(engine, tag);
            }
        }
    }

    private static void signInAndAddASubaccount(String host, int port) {
        TrustSettings pinned = TrustSettings.pinned(CertificateProbe.fetch(host, port).sha256());
        ConnectorEndpoint endpoint = new ConnectorEndpoint(host, port);
        Secret password = new Secret("Remote-e2e-" + System.nanoTime());
        try (SccClient initial = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pinned)) {
            initial.changeInitialPassword(new Secret("manage"), password);
        }
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", password), pinned)) {
            admin.setHaRole("master");
            admin.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com", new Secret("cloud-secret"),
                    "Remote engine", "remote", "added through a remote engine", false));
            assertThat(admin.subaccounts()).anyMatch(s -> s.subaccount().equals(SUBACCOUNT));
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
