package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.MonitoredCertificate.Validity;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's monitoring calls against the sandbox over real HTTPS. */
class MonitoringSandboxTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a";

    @TempDir
    Path data;
    private SandboxServer sandbox;
    private SccClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ZERO, false));
        client = SandboxClients.master(sandbox, new Secret("Monitor-Admin-9"));
        client.create(new SubaccountCreate(REGION, ID, "ops@example.com", new Secret("cloud-pw"), null, null, null, null));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void aDroppedTunnelShowsUpAsAnAlertNamingTheSubaccount() {
        ConnectorMonitoring monitoring = client.monitoring();
        assertThat(monitoring.alerts()).noneMatch(alert -> ID.equals(alert.subaccount()));
        Instant before = Instant.now().minusMillis(1);
        sandbox.dropTunnel(REGION, ID);
        assertThat(monitoring.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.entity()).isEqualTo(ID + "@" + REGION);
            assertThat(alert.subaccount()).isEqualTo(ID);
            assertThat(alert.regionHost()).isEqualTo(REGION);
            assertThat(alert.status()).isEqualTo("Error");
            assertThat(alert.time()).isAfter(before);
        });
        assertThat(client.monitoringSubaccounts()).singleElement()
                .satisfies(s -> assertThat(s.tunnel().state()).isEqualTo(TunnelState.CONNECT_FAILURE));
    }

    @Test
    void certificatesWithDaysLeft() {
        assertThat(client.monitoring().certificates()).extracting(MonitoredCertificate::type)
                .containsExactlyInAnyOrder("UI", "subaccount");
        MonitoredCertificate mine = client.monitoring().certificates(Validity.OK).stream()
                .filter(certificate -> ID.equals(certificate.subaccount())).findFirst().orElseThrow();
        assertThat(mine.regionHost()).isEqualTo(REGION);
        assertThat(mine.daysLeft(Instant.now())).isEqualTo(364);
        assertThat(client.monitoring().certificates(Validity.EXPIRING)).isEmpty();
    }

    @Test
    void memoryCpuDiskAndTrafficFigures() {
        ConnectorMonitoring monitoring = client.monitoring();
        MemoryUsage memory = monitoring.memory();
        assertThat(memory.heapTotalKb()).isEqualTo(Runtime.getRuntime().maxMemory() / 1024);
        assertThat(memory.heapUsedKb()).isPositive().isLessThan(memory.heapTotalKb());
        assertThat(memory.physicalKb().total()).isGreaterThan(memory.physicalKb().cloudConnector()).isPositive();
        assertThat(monitoring.cpu().cloudConnectorPercent()).isBetween(0.0, 100.0);
        ResourceSplit disk = monitoring.disk();
        assertThat(disk.total()).isPositive();
        assertThat(disk.free()).isPositive().isLessThanOrEqualTo(disk.total());

        client.systemMappings(REGION, ID).create(SystemMapping.of("erp.virtual", "443", "erp.corp", "8443", "HTTPS",
                "abapSys", "X509_GENERAL"));
        assertThat(monitoring.backendPerformance()).singleElement().satisfies(performance -> {
            assertThat(performance.virtualHost()).isEqualTo("erp.virtual");
            assertThat(performance.buckets()).hasSize(22);
            assertThat(performance.buckets().get(0).minimumCallDurationMs()).isEqualTo(10);
            assertThat(performance.buckets().get(21).minimumCallDurationMs()).isEqualTo(5000);
            assertThat(performance.calls()).isZero();
        });
        assertThat(monitoring.usage()).singleElement().satisfies(usage -> assertThat(usage.virtualPort()).isEqualTo("443"));
        assertThat(monitoring.topTimeConsumers()).isEmpty();
        assertThat(monitoring.serviceChannelConnections()).isEmpty();
    }
}
