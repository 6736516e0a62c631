package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccException.Kind;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client against the sandbox connector over real loopback HTTPS: first run, then a subaccount's whole life. */
class SccClientSandboxTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "0d9f6a3e-5b1c-4c2a-9e8f-1a2b3c4d5e6f";
    private static final Secret NEW_PASSWORD = new Secret("Sandbox-Admin-1");

    @TempDir
    Path data;

    private SandboxServer sandbox;
    private SccClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ofMillis(20), false));
        client = new SccClient(endpoint(), new Credentials("Administrator", new Secret("manage")),
                TrustSettings.pinned(sandbox.certificateSha256()));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void firstRunThenCreateReadDisconnectConnectUpdateDelete() {
        assertThat(kindOf(() -> client.subaccounts())).isEqualTo(Kind.INITIAL_PASSWORD_REQUIRED);
        client.changeInitialPassword(new Secret("manage"), NEW_PASSWORD);
        assertThat(kindOf(() -> client.subaccounts())).isEqualTo(Kind.HA_ROLE_UNDEFINED);
        assertThat(client.haRole()).isNull();
        client.setHaRole("master");
        assertThat(client.haRole()).isEqualTo("master");
        assertThat(client.version()).isEqualTo("2.19.0.2");
        assertThat(client.subaccounts()).isEmpty();

        Subaccount created = client.create(new SubaccountCreate(REGION, ID, "cloud-user@example.com",
                new Secret("cloud-pw"), "", "", "created by the client test", false));
        assertThat(created.tunnel().state()).isEqualTo(TunnelState.CONNECTED);
        assertThat(created.displayName()).as("empty display name falls back to the id").isEqualTo(ID);
        assertThat(created.tunnel().connectedSince()).isNotNull().isBeforeOrEqualTo(Instant.now());
        assertThat(created.tunnel().subaccountCertificate().notAfter()).isAfter(Instant.now());

        SccException duplicate = catchThrowableOfType(SccException.class, () -> client.create(new SubaccountCreate(
                REGION, ID, "cloud-user@example.com", new Secret("cloud-pw"), null, null, null, null)));
        assertThat(duplicate.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(duplicate.getMessage()).isEqualTo("The connector refused the request: Subaccount already added (409)");

        assertThat(client.subaccounts()).containsExactly(new SubaccountSummary(REGION, ID, ""));
        assertThat(client.subaccount(REGION, ID)).isEqualTo(created);
        assertThat(client.monitoringSubaccounts()).singleElement()
                .satisfies(m -> assertThat(m.tunnel().state()).isEqualTo(TunnelState.CONNECTED));

        client.disconnect(REGION, ID);
        Tunnel disconnected = client.subaccount(REGION, ID).tunnel();
        assertThat(disconnected.state()).isEqualTo(TunnelState.DISCONNECTED);
        assertThat(disconnected.connectedSince()).isNull();

        client.connect(REGION, ID);
        assertThat(client.subaccount(REGION, ID).tunnel().state()).isEqualTo(TunnelState.CONNECTED);

        Subaccount updated = client.update(REGION, ID, new SubaccountUpdate("Sales Dev", "loc1", "edited", true));
        assertThat(updated.displayName()).isEqualTo("Sales Dev");
        assertThat(updated.locationID()).isEqualTo("loc1");
        assertThat(updated.description()).isEqualTo("edited");
        assertThat(updated.autoCertRenewal()).isTrue();
        assertThat(client.subaccount(REGION, ID)).isEqualTo(updated);

        client.delete(REGION, ID);
        SccException gone = catchThrowableOfType(SccException.class, () -> client.subaccount(REGION, ID));
        assertThat(gone.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(gone.serverMessage()).isEqualTo("Subaccount with value '" + ID + "@" + REGION + "' does not exist");
        assertThat(client.subaccounts()).isEmpty();
    }

    @Test
    void cloudRejectionLockAndCertificateRenewal() {
        readyConnector();
        SccException rejected = catchThrowableOfType(SccException.class, () -> client.create(new SubaccountCreate(
                REGION, ID, "cloud-user@example.com", new Secret("Wrong-pw"), null, null, null, null)));
        assertThat(rejected.kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(client.subaccounts()).isEmpty();

        Subaccount created = client.create(new SubaccountCreate(REGION, ID, "cloud-user@example.com",
                new Secret("cloud-pw"), "Locked one", null, null, null));
        sandbox.lock(REGION, ID);
        try {
            assertThat(kindOf(() -> client.delete(REGION, ID))).isEqualTo(Kind.LOCKED);
        } finally {
            sandbox.unlock(REGION, ID);
        }

        Subaccount renewed = client.renewCertificate(REGION, ID, "cloud-user@example.com", new Secret("cloud-pw"));
        assertThat(renewed.tunnel().subaccountCertificate().notAfter())
                .isAfterOrEqualTo(created.tunnel().subaccountCertificate().notAfter());
        client.delete(REGION, ID);
    }

    @Test
    void trustAndCredentialsAgainstTheSandboxCertificate() {
        ServerCertificate probed = CertificateProbe.fetch("127.0.0.1", sandbox.port());
        assertThat(probed.sha256()).isEqualTo(sandbox.certificateSha256());
        assertThat(client.ping()).isTrue();

        try (SccClient wrongPassword = new SccClient(endpoint(), new Credentials("Administrator", new Secret("nope")),
                     TrustSettings.pinned(sandbox.certificateSha256()));
             SccClient unpinned = new SccClient(endpoint(), new Credentials("Administrator", new Secret("manage")),
                     TrustSettings.jdkDefault())) {
            assertThat(kindOf(wrongPassword::version)).isEqualTo(Kind.UNAUTHORIZED);
            SccException untrusted = catchThrowableOfType(SccException.class, unpinned::version);
            assertThat(untrusted.kind()).isEqualTo(Kind.UNTRUSTED_CERTIFICATE);
            assertThat(untrusted.presented()).contains(probed);
        }
    }

    private void readyConnector() {
        client.changeInitialPassword(new Secret("manage"), NEW_PASSWORD);
        client.setHaRole("master");
    }

    private ConnectorEndpoint endpoint() {
        return new ConnectorEndpoint("127.0.0.1", sandbox.port());
    }

    private static Kind kindOf(Runnable call) {
        SccException failure = catchThrowableOfType(SccException.class, call::run);
        assertThat(failure).as("the call must fail").isNotNull();
        return failure.kind();
    }
}
