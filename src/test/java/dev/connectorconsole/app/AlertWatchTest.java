package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.AlertThresholds;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New alerts and expiring certificates, against a real sandbox over HTTPS read by the fleet refresh with health: an
 * alert raised between two reads is told once, told again when it clears and comes back; a certificate that comes
 * within the connector's threshold is told once a day at most.
 */
class AlertWatchTest {
    @TempDir
    Path data;
    private SandboxServer server;
    private SccClient admin;
    private FleetRefresh fleet;
    private ConnectorProfile profile;
    private final AlertWatch watch = new AlertWatch();

    @BeforeEach
    void connector() {
        server = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, false));
        Secret password = new Secret("Watch-Alerts-1");
        InMemorySecretStore passwords = new InMemorySecretStore("test");
        passwords.put(AdminPasswordKeys.of("localhost", server.port(), "Administrator"), password);
        profile = ConnectorProfile.remote("Production", "https://localhost:" + server.port(), "Administrator")
                .withPinnedSha256(server.certificateSha256());
        admin = new SccClient(new ConnectorEndpoint("localhost", server.port()),
                new Credentials("Administrator", new Secret("manage")), TrustSettings.pinned(server.certificateSha256()));
        admin.changeInitialPassword(new Secret("manage"), password);
        admin.setHaRole("master");
        server.seed(3);
        fleet = new FleetRefresh(passwords, Duration.ofSeconds(10), 2);
    }

    @AfterEach
    void close() {
        fleet.close();
        admin.close();
        server.close();
    }

    @Test
    void anAlertIsToldWhenItAppearsNotWhileItStaysAndAgainWhenItComesBack() throws Exception {
        Instant t0 = Instant.now();
        List<SubaccountSummary> connected = admin.subaccounts().stream().filter(s -> admin.subaccount(s.regionHost(),
                s.subaccount()).tunnel().state() == TunnelState.CONNECTED).toList();
        assertThat(connected).hasSizeGreaterThanOrEqualTo(2);
        SubaccountSummary alreadyDown = connected.get(1);
        server.dropTunnel(alreadyDown.regionHost(), alreadyDown.subaccount());
        SubaccountSummary chosen = connected.get(0);
        String entity = chosen.subaccount() + "@" + chosen.regionHost();

        AlertWatch.Findings first = observe(t0);
        assertThat(admin.monitoring().alerts()).as("the sandbox raised the alert").isNotEmpty();
        assertThat(first.alerts()).as("the first reading is where the watch starts").isEmpty();
        assertThat(first.certificates()).as("every certificate is valid for a year").isEmpty();

        server.dropTunnel(chosen.regionHost(), chosen.subaccount());
        List<AlertNews> dropped = observe(t0.plusSeconds(10)).alerts();
        assertThat(dropped).singleElement().satisfies(news -> {
            assertThat(news.connector()).isEqualTo("Production");
            assertThat(news.alert().type()).isEqualTo("Tunnel");
            assertThat(news.alert().entity()).isEqualTo(entity);
            assertThat(news.serious()).isTrue();
            assertThat(news.title()).isEqualTo("Error on Production");
            assertThat(news.sentence()).isEqualTo("Production: Tunnel to subaccount " + entity + " was lost. Open its"
                    + " subaccount on the Subaccounts screen and connect it again.");
        });
        assertThat(observe(t0.plusSeconds(20)).alerts()).as("still there: told already").isEmpty();

        admin.connect(chosen.regionHost(), chosen.subaccount());
        assertThat(observe(t0.plusSeconds(30)).alerts()).as("the recovery replaces the error").singleElement()
                .satisfies(news -> {
                    assertThat(news.serious()).isFalse();
                    assertThat(news.sentence()).startsWith("Production: Tunnel to subaccount " + entity
                            + " is connected again. Nothing to do");
                });
        server.dropTunnel(chosen.regionHost(), chosen.subaccount());
        assertThat(observe(t0.plusSeconds(40)).alerts()).as("the error came back").singleElement()
                .satisfies(news -> assertThat(news.alert().status()).isEqualTo("Error"));

        AlertThresholds normal = admin.settings().alertThresholds();
        admin.settings().setAlertThresholds(new AlertThresholds(normal.cpuLoad(), normal.cpuLoadViolationToleranceSec(),
                Long.MAX_VALUE / 2, normal.certificateValidityDays()));
        assertThat(observe(t0.plusSeconds(50)).alerts()).singleElement().satisfies(news -> {
            assertThat(news.alert().type()).isEqualTo("Disk");
            assertThat(news.sentence()).startsWith("Production: Free disk space is ")
                    .endsWith("Free disk space in the connector's container or on its host.");
        });
        assertThat(observe(t0.plusSeconds(60)).alerts()).as("its message changes with each read, it is the same alert")
                .isEmpty();
    }

    @Test
    void aCertificateWithinTheConnectorsThresholdIsToldOnceADayAtMost() throws Exception {
        Instant t0 = Instant.now();
        AlertThresholds normal = admin.settings().alertThresholds();
        assertThat(observe(t0).certificates()).isEmpty();

        setCertificateDays(normal, 400);
        AlertWatch.Findings within = observe(t0.plusSeconds(10));
        int all = admin.monitoring().certificates().size();
        assertThat(within.certificates()).as("the UI certificate and the subaccounts' certificates").hasSize(all);
        assertThat(within.certificates()).extracting(news -> news.certificate().type()).contains("UI", "subaccount");
        CertificateNews ui = within.certificates().stream().filter(news -> news.certificate().type().equals("UI"))
                .findFirst().orElseThrow();
        assertThat(ui.daysLeft()).isBetween(363L, 364L);
        assertThat(ui.title()).isEqualTo("Certificate expiring");
        assertThat(ui.sentence()).startsWith("The UI certificate of Production expires in " + ui.daysLeft() + " days (")
                .endsWith("UTC). Replace it in the connector before then, or browsers and this app refuse the connection.");
        CertificateNews subaccount = within.certificates().stream()
                .filter(news -> news.certificate().type().equals("subaccount")).findFirst().orElseThrow();
        assertThat(subaccount.sentence()).startsWith("The certificate of subaccount " + subaccount.certificate()
                .subaccount() + " (" + subaccount.certificate().regionHost() + ") on Production expires in ")
                .endsWith("Renew it on the Subaccounts screen before then, or its tunnel cannot connect.");
        assertThat(within.alerts()).as("the connector raises its own certificate alerts too")
                .extracting(news -> news.alert().type()).contains("UICertificate", "SubaccountCertificate");

        assertThat(observe(t0.plusSeconds(20)).certificates()).as("still within: told already").isEmpty();
        setCertificateDays(normal, 30);
        assertThat(observe(t0.plusSeconds(30)).certificates()).isEmpty();
        setCertificateDays(normal, 400);
        assertThat(observe(t0.plusSeconds(40)).certificates()).as("back within the same day: not told twice").isEmpty();

        setCertificateDays(normal, 30);
        observe(t0.plus(Duration.ofHours(25)));
        setCertificateDays(normal, 400);
        assertThat(observe(t0.plus(Duration.ofHours(26))).certificates()).as("a day later").hasSize(all);
    }

    private void setCertificateDays(AlertThresholds normal, int days) {
        admin.settings().setAlertThresholds(new AlertThresholds(normal.cpuLoad(), normal.cpuLoadViolationToleranceSec(),
                normal.freeDiskSpaceMb(), days));
    }

    private AlertWatch.Findings observe(Instant now) throws InterruptedException {
        List<FleetReading> readings = fleet.read(List.of(profile), true);
        assertThat(readings).singleElement().satisfies(reading -> {
            assertThat(reading.state()).isEqualTo(FleetReading.State.READ);
            assertThat(reading.health().alerts()).isPresent();
        });
        return watch.observe(readings, now);
    }
}
