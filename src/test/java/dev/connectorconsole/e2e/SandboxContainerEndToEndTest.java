package dev.connectorconsole.e2e;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.ContainerSpec;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sandbox connector as a user runs it: built into an image on the real engine, run with the connector's port and
 * volumes, administered over HTTPS with a pinned certificate, and still configured after a restart.
 */
class SandboxContainerEndToEndTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "0f7c2e4a-9b1d-4c3e-8a5f-6d2b1e9c7a40";

    private final EngineConnection engine = EngineTestSupport.connect();
    private final ContainerManager containers = new ContainerManager(engine);
    private final String name = EngineTestSupport.uniqueName("sandbox");
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
    void sandboxImageRunsLikeTheRealConnectorAndKeepsItsConfigurationAcrossARestart() throws Exception {
        assertThat(SandboxImages.shared(engine, tag)).as("image id").isNotBlank();

        int port = PortCheck.nextFree(19443);
        containers.run(ContainerSpec.connectorDefaults(name, tag, port).withLabels(TestImages.LABELS));
        SandboxImages.assertReady("localhost", port);

        ServerCertificate certificate = CertificateProbe.fetch("localhost", port);
        TrustSettings pinned = TrustSettings.pinned(certificate.sha256());
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", port);
        Secret newPassword = new Secret("Sandbox-e2e-" + System.nanoTime());
        try (SccClient initial = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pinned)) {
            assertThatThrownBy(initial::subaccounts).isInstanceOf(SccException.class)
                    .extracting(e -> ((SccException) e).kind()).isEqualTo(SccException.Kind.INITIAL_PASSWORD_REQUIRED);
            initial.changeInitialPassword(new Secret("manage"), newPassword);
        }
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", newPassword), pinned)) {
            admin.setHaRole("master");
            admin.create(new SubaccountCreate(REGION, SUBACCOUNT, "admin@example.com", new Secret("cloud-secret"),
                    "E2E subaccount", "e2e-location", "created by the end-to-end test", false));
            assertThat(awaitState(admin, TunnelState.CONNECTED)).isEqualTo(TunnelState.CONNECTED);
        }

        containers.restart(name);
        SandboxImages.assertReady("localhost", port);

        assertThat(CertificateProbe.fetch("localhost", port).sha256())
                .as("the certificate lives in a volume, so a restart keeps it").isEqualTo(certificate.sha256());
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", newPassword), pinned)) {
            assertThat(admin.subaccounts()).anyMatch(s -> s.subaccount().equals(SUBACCOUNT) && s.regionHost().equals(REGION));
            Subaccount kept = admin.subaccount(REGION, SUBACCOUNT);
            assertThat(kept.displayName()).isEqualTo("E2E subaccount");
            assertThat(kept.locationID()).isEqualTo("e2e-location");
        }
    }

    private static TunnelState awaitState(SccClient client, TunnelState wanted) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        TunnelState state = client.subaccount(REGION, SUBACCOUNT).tunnel().state();
        while (state != wanted && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            state = client.subaccount(REGION, SUBACCOUNT).tunnel().state();
        }
        return state;
    }
}
