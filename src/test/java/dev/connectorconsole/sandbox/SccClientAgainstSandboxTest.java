package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.MonitoredSubaccount;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SccException;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SubaccountUpdate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's own admin client, pinned to the sandbox's fingerprint, walks through a first run and a subaccount's life. */
class SccClientAgainstSandboxTest {
    private static final String REGION = "cf.eu20.hana.ondemand.com";
    private static final String ID = "3a9c1e7b-8d2f-4c6a-b5e4-9f0d1c2b3a4e";

    @TempDir
    Path dataDir;

    @Test
    void firstRunAndSubaccountLifeCycleThroughTheClient() {
        SandboxOptions options = SandboxOptions.defaults(dataDir).withConnectDelay(Duration.ofMillis(50));
        try (SandboxServer sandbox = SandboxServer.start(options);
             SccClient client = new SccClient(new ConnectorEndpoint("localhost", sandbox.port()),
                     new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(sandbox.certificateSha256()))) {
            assertThat(client.ping()).isTrue();
            assertThatThrownBy(client::subaccounts).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.INITIAL_PASSWORD_REQUIRED));

            client.changeInitialPassword(new Secret("manage"), new Secret("Client-Pass-9"));
            assertThatThrownBy(client::subaccounts).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.HA_ROLE_UNDEFINED));
            assertThat(client.haRole()).isNull();
            client.setHaRole("master");
            assertThat(client.haRole()).isEqualTo("master");
            assertThat(client.version()).isEqualTo("2.19.0.2");
            assertThat(client.connectorInfo().haRole()).isEqualTo("master");

            Subaccount created = client.create(new SubaccountCreate(REGION, ID, "ops@example.com", new Secret("Cloud-1"),
                    "Sales EU", "", "demo", true));
            assertThat(created.displayName()).isEqualTo("Sales EU");
            assertThat(created.tunnel().state()).isEqualTo(TunnelState.CONNECTED);
            assertThat(created.tunnel().applicationConnections()).hasSize(2);
            assertThatThrownBy(() -> client.create(new SubaccountCreate(REGION, ID, "ops@example.com", new Secret("Cloud-1"),
                    null, null, null, null))).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.CONFLICT));

            assertThat(client.subaccounts()).singleElement()
                    .satisfies(summary -> assertThat(summary.subaccount()).isEqualTo(ID));
            Subaccount updated = client.update(REGION, ID, new SubaccountUpdate("", "loc-2", null, null));
            assertThat(updated.displayName()).isEqualTo(ID);
            assertThat(updated.locationID()).isEqualTo("loc-2");
            assertThat(updated.description()).isEqualTo("demo");

            client.disconnect(REGION, ID);
            assertThat(client.subaccount(REGION, ID).tunnel().state()).isEqualTo(TunnelState.DISCONNECTED);
            client.connect(REGION, ID);
            MonitoredSubaccount monitored = client.monitoringSubaccounts().get(0);
            assertThat(monitored.tunnel().state()).isEqualTo(TunnelState.CONNECTED);
            assertThat(monitored.tunnel().connectedSince()).isNotNull();

            Subaccount renewed = client.renewCertificate(REGION, ID, "ops@example.com", new Secret("Cloud-1"));
            assertThat(renewed.tunnel().subaccountCertificate().notAfter())
                    .isAfterOrEqualTo(created.tunnel().subaccountCertificate().notAfter());

            sandbox.lock(REGION, ID);
            assertThatThrownBy(() -> client.delete(REGION, ID)).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.LOCKED));
            sandbox.unlock(REGION, ID);
            client.delete(REGION, ID);
            assertThatThrownBy(() -> client.subaccount(REGION, ID)).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.NOT_FOUND));
            assertThatThrownBy(() -> client.create(new SubaccountCreate(REGION, ID, "ops@example.com",
                    new Secret("wrong-one"), null, null, null, null))).isInstanceOfSatisfying(SccException.class,
                    e -> assertThat(e.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST));
        }
    }
}
