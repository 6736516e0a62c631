package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring endpoints of issue 15 in their documented shapes, with figures and alerts that follow events. */
class MonitoringBehaviourTest {
    private static final String MONITORING = "/api/monitoring/";
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "3a4b5c6d-7e8f-4a0b-8c1d-2e3f4a5b6c7d";
    private static final String ENTITY = ID + "@" + REGION;

    @TempDir
    Path dataDir;
    private SandboxFixture sandbox;

    @BeforeEach
    void start() {
        sandbox = SandboxFixture.initialized(dataDir);
        sandbox.send("POST", SUBACCOUNTS, "{\"regionHost\":\"" + REGION + "\",\"subaccount\":\"" + ID
                + "\",\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"s3cret\"}").expect(201);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private JsonNode get(String path) {
        return sandbox.send("GET", MONITORING + path, null).expect(200).json();
    }

    private List<JsonNode> alerts(String type) {
        JsonNode body = get("alerts");
        assertThat(body.get("version").asInt()).isEqualTo(1);
        List<JsonNode> matching = new ArrayList<>();
        body.get("alerts").forEach(alert -> {
            if (alert.get("type").asText().equals(type)) {
                matching.add(alert);
            }
        });
        return matching;
    }

    @Test
    void aDroppedTunnelRaisesOneAlertNamingTheSubaccountAndRecoveryReplacesIt() {
        assertThat(alerts("Tunnel")).isEmpty();
        long before = System.currentTimeMillis();
        sandbox.server().dropTunnel(REGION, ID);
        sandbox.server().dropTunnel(REGION, ID);
        assertThat(sandbox.send("GET", SUBACCOUNTS + "/" + REGION + "/" + ID, null).json().at("/tunnel/state").asText())
                .isEqualTo("ConnectFailure");
        List<JsonNode> lost = alerts("Tunnel");
        assertThat(lost).singleElement().satisfies(alert -> {
            assertThat(alert.get("entity").asText()).isEqualTo(ENTITY);
            assertThat(alert.get("status").asText()).isEqualTo("Error");
            assertThat(alert.get("origin").asText()).isEqualTo("Master");
            assertThat(alert.get("message").asText()).contains(ENTITY).contains("lost");
            assertThat(alert.get("timestamp").asLong()).isBetween(before, System.currentTimeMillis());
        });

        sandbox.send("PUT", SUBACCOUNTS + "/" + REGION + "/" + ID + "/state", "{\"connected\":true}").expect(204);
        assertThat(alerts("Tunnel")).singleElement().satisfies(alert -> {
            assertThat(alert.get("status").asText()).isEqualTo("Info");
            assertThat(alert.get("entity").asText()).isEqualTo(ENTITY);
        });

        sandbox.send("PUT", SUBACCOUNTS + "/" + REGION + "/" + ID + "/state", "{\"connected\":false}").expect(204);
        assertThat(alerts("Tunnel")).as("an intentional disconnect raises nothing")
                .allSatisfy(alert -> assertThat(alert.get("status").asText()).isEqualTo("Info"));
        sandbox.send("DELETE", SUBACCOUNTS + "/" + REGION + "/" + ID, null).expect(204);
        assertThat(alerts("Tunnel")).isEmpty();
    }

    @Test
    void aTunnelThatCannotBeOpenedRaisesAnAlert() {
        String region = "cf.nowhere.invalid";
        sandbox.send("POST", SUBACCOUNTS, "{\"regionHost\":\"" + region + "\",\"subaccount\":\"b1\","
                + "\"cloudUser\":\"ops@example.com\",\"cloudPassword\":\"s3cret\"}").expect(201);
        assertThat(alerts("Tunnel")).singleElement().satisfies(alert -> {
            assertThat(alert.get("entity").asText()).isEqualTo("b1@" + region);
            assertThat(alert.get("message").asText()).contains("could not be opened");
        });
    }

    @Test
    void aCpuLoadAboveTheThresholdForTheToleranceRaisesACpuWarningThatGoesWithIt() throws Exception {
        sandbox.send("PATCH", "/api/v1/configuration/connector/alerting",
                "{\"thresholds\":{\"cpuLoad\":0,\"cpuLoadViolationToleranceSec\":1}}").expect(204);
        java.util.concurrent.atomic.AtomicBoolean spin = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread busy = new Thread(() -> {
            long sink = 0;
            while (spin.get()) {
                sink += System.nanoTime() % 7;
            }
            if (sink == 42) {
                System.out.print("");
            }
        }, "cc-test-cpu-burner");
        busy.start();
        try {
            Thread.sleep(300);
            assertThat(alerts("CPU")).as("above the threshold, not yet for the tolerance").isEmpty();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (alerts("CPU").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(alerts("CPU")).singleElement().satisfies(alert -> {
                assertThat(alert.get("status").asText()).isEqualTo("Warning");
                assertThat(alert.get("entity").asText()).isEmpty();
                assertThat(alert.get("message").asText()).contains("above the threshold of 0 %");
            });
        } finally {
            spin.set(false);
            busy.join();
        }
        sandbox.send("PATCH", "/api/v1/configuration/connector/alerting",
                "{\"thresholds\":{\"cpuLoad\":100}}").expect(204);
        assertThat(alerts("CPU")).as("no load is above 100 %").isEmpty();
    }

    @Test
    void aCertificateWithinTheThresholdIsExpiringAndAlerted() {
        JsonNode all = get("certificates");
        assertThat(all.get("expired")).isEmpty();
        assertThat(all.get("expiring")).isEmpty();
        assertThat(all.get("ok")).extracting(item -> item.get("type").asText()).containsExactlyInAnyOrder("UI", "subaccount");
        assertThat(alerts("SubaccountCertificate")).isEmpty();

        assertThat(sandbox.send("GET", "/api/v1/configuration/connector/alerting", null).expect(200).json()
                .at("/thresholds/certificateValidityDays").asInt()).as("documented default").isEqualTo(30);
        sandbox.send("PATCH", "/api/v1/configuration/connector/alerting", "{\"thresholds\":{\"certificateValidityDays\":0}}")
                .expectError(400, "INVALID_REQUEST", "Property 'certificateValidityDays' must be between 1 and 3650");
        sandbox.send("PATCH", "/api/v1/configuration/connector/alerting", "{\"thresholds\":{\"certificateValidityDays\":366}}")
                .expect(204);
        assertThat(sandbox.send("GET", "/api/v1/configuration/connector/alerting", null).json()
                .at("/thresholds/certificateValidityDays").asInt()).isEqualTo(366);

        JsonNode expiring = get("certificates/expiring");
        assertThat(expiring).extracting(item -> item.get("type").asText()).as("both are valid for 365 days")
                .containsExactlyInAnyOrder("UI", "subaccount");
        assertThat(expiring).filteredOn(item -> item.get("type").asText().equals("subaccount")).singleElement().satisfies(item -> {
            assertThat(item.get("type").asText()).isEqualTo("subaccount");
            assertThat(item.get("subaccountName").asText()).isEqualTo(ID);
            assertThat(item.get("subaccountRegion").asText()).isEqualTo(REGION);
            assertThat(item.get("validTo").asLong()).isGreaterThan(System.currentTimeMillis());
        });
        assertThat(get("certificates/ok")).isEmpty();
        assertThat(get("certificates/expired")).isEmpty();
        assertThat(alerts("SubaccountCertificate")).singleElement().satisfies(alert -> {
            assertThat(alert.get("entity").asText()).isEqualTo(ENTITY);
            assertThat(alert.get("status").asText()).isEqualTo("Warning");
            assertThat(alert.get("message").asText()).contains("expires in 364 days");
        });
    }

    @Test
    void memoryCpuAndDiskAreThoseOfTheProcessAndItsDataFolder() throws Exception {
        JsonNode memory = get("memory");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        assertThat(memory.at("/physicalKB/total").asLong()).isEqualTo(os.getTotalMemorySize() / 1024);
        assertThat(memory.at("/physicalKB/CloudConnector").asLong()).isPositive();
        assertThat(memory.at("/virtualKB").fieldNames()).toIterable()
                .containsExactly("total", "CloudConnector", "others", "free");
        assertThat(memory.at("/cloudConnectorHeapKB/total").asLong()).isEqualTo(Runtime.getRuntime().maxMemory() / 1024);
        assertThat(memory.at("/cloudConnectorHeapKB/used").asLong()).isPositive()
                .isEqualTo(memory.at("/cloudConnectorHeapKB/total").asLong() - memory.at("/cloudConnectorHeapKB/free").asLong());

        JsonNode cpu = get("cpu");
        assertThat(cpu.fieldNames()).toIterable().containsExactly("total", "CloudConnector");
        assertThat(cpu.get("CloudConnector").asInt()).isBetween(0, 100);

        JsonNode disk = get("disk");
        FileStore store = Files.getFileStore(dataDir);
        assertThat(disk.get("total").asLong()).isEqualTo(store.getTotalSpace() / (1024 * 1024));
        long folder = disk.get("CloudConnector").asLong();
        Files.write(dataDir.resolve("ballast.bin"), new byte[3 * 1024 * 1024]);
        assertThat(get("disk").get("CloudConnector").asLong()).as("the data folder grew by 3 MB").isBetween(folder + 2, folder + 4);
    }

    @Test
    void trafficFiguresListEveryMappingInTheEnvelope() {
        String mappings = SUBACCOUNTS + "/" + REGION + "/" + ID + "/systemMappings";
        sandbox.send("POST", mappings, "{\"virtualHost\":\"erp\",\"virtualPort\":\"443\",\"localHost\":\"erp.corp\","
                + "\"localPort\":\"8443\",\"protocol\":\"HTTPS\",\"backendType\":\"abapSys\","
                + "\"authenticationMode\":\"NONE_RESTRICTED\",\"hostInHeader\":\"VIRTUAL\"}").expect(201);
        sandbox.send("POST", mappings + "/erp:443/resources", "{\"id\":\"/sap\",\"enabled\":true}").expect(201);

        JsonNode performance = get("performance/backends");
        assertThat(performance.get("version").asInt()).isEqualTo(1);
        JsonNode item = performance.get("subaccounts").get(0);
        assertThat(item.get("subaccount").asText()).isEqualTo(ID);
        assertThat(item.get("sinceTime").asLong()).isPositive();
        JsonNode buckets = item.at("/backendPerformance/0/buckets");
        assertThat(buckets).hasSize(22);
        assertThat(buckets).extracting(bucket -> bucket.get("minimumCallDurationMs").asInt())
                .containsExactly(10, 20, 30, 40, 50, 75, 100, 125, 150, 200, 300, 400, 500, 750, 1000, 1250, 1500,
                        2000, 2500, 3000, 4000, 5000);
        assertThat(get("usage").at("/subaccounts/0/usageStatistics/0/resources/0/resourceName").asText()).isEqualTo("/sap");
        assertThat(get("performance/topTimeConsumers").at("/subaccounts/0/requests")).isEmpty();
        assertThat(get("connections/serviceChannels").at("/subaccounts/0/serviceChannelConnections").isArray()).isTrue();
    }

    @Test
    void aShadowInstanceRefusesMonitoring(@TempDir Path shadowDir) {
        try (SandboxFixture shadow = SandboxFixture.fresh(shadowDir)) {
            shadow.changeInitialPassword();
            shadow.send("POST", "/api/v1/configuration/connector/haRole", "\"shadow\"").expect(204);
            for (String path : new String[] {"alerts", "certificates", "memory", "usage"}) {
                assertThat(shadow.send("GET", MONITORING + path, null).status()).as(path).isEqualTo(403);
            }
        }
    }
}
