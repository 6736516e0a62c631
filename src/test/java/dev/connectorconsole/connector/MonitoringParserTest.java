package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.connector.MonitoredCertificate.Validity;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented monitoring shapes (scc-api.md §4.10), with the variations real connectors show. */
class MonitoringParserTest {
    @Test
    void alertsInTheirEnvelopeWithUnknownFields() {
        List<ConnectorAlert> alerts = MonitoringParser.alerts("""
                {"alerts":[{"timestamp":1733400000000,"status":"Warning","type":"Disk","origin":"Master",
                  "message":"Free disk space low","entity":"","severityCode":7},
                 {"timestamp":"1733400001000","status":"Error","type":"Tunnel","origin":"Master",
                  "message":"Tunnel lost","entity":"a117@cf.eu10.hana.ondemand.com"}],
                 "version":1,"next":null}""");
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).time()).isEqualTo(Instant.ofEpochMilli(1733400000000L));
        assertThat(alerts.get(0).subaccount()).isNull();
        assertThat(alerts.get(1).time()).isEqualTo(Instant.ofEpochMilli(1733400001000L));
        assertThat(alerts.get(1).subaccount()).isEqualTo("a117");
        assertThat(alerts.get(1).regionHost()).isEqualTo("cf.eu10.hana.ondemand.com");
        assertThatThrownBy(() -> MonitoringParser.alerts("{\"version\":1}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void certificatesGroupedAndAlone() {
        List<MonitoredCertificate> all = MonitoringParser.certificates("""
                {"expired":[{"type":"CA","validTo":1000,"subjectDN":"CN=ca"}],
                 "expiring":[{"type":"subaccount","validTo":1900000000000,"subaccountName":"a117",
                   "subaccountRegion":"hana.ondemand.com","issuerDN":"CN=issuer","serialNumber":"0a:0b"}],
                 "ok":[{"type":"UI","validTo":2000000000000,"extra":{"x":1}}]}""");
        assertThat(all).extracting(MonitoredCertificate::validity, MonitoredCertificate::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Validity.EXPIRED, "CA"),
                        org.assertj.core.groups.Tuple.tuple(Validity.EXPIRING, "subaccount"),
                        org.assertj.core.groups.Tuple.tuple(Validity.OK, "UI"));
        MonitoredCertificate subaccount = all.get(1);
        assertThat(subaccount.subaccount()).isEqualTo("a117");
        assertThat(subaccount.daysLeft(Instant.ofEpochMilli(1900000000000L - 3 * 86_400_000L - 1))).isEqualTo(3);
        assertThat(all.get(0).daysLeft(Instant.ofEpochMilli(1000 + 1))).isEqualTo(-1);
        assertThat(MonitoringParser.certificates("[{\"type\":\"System\",\"validTo\":5}]", Validity.OK))
                .singleElement().satisfies(c -> assertThat(c.type()).isEqualTo("System"));
    }

    @Test
    void memoryCpuAndDiskWithCapitalisedConnectorKeys() {
        MemoryUsage memory = MonitoringParser.memory("""
                {"physicalKB":{"total":16000000,"CloudConnector":800000,"others":7000000,"free":8200000},
                 "virtualKB":{"total":"20000000","CloudConnector":900000,"others":1,"free":2},
                 "cloudConnectorHeapKB":{"total":1048576,"used":524288,"free":524288}}""");
        assertThat(memory.physicalKb()).isEqualTo(new ResourceSplit(16_000_000, 800_000, 7_000_000, 8_200_000));
        assertThat(memory.physicalKb().connectorPercent()).isEqualTo(5.0);
        assertThat(memory.virtualKb().total()).isEqualTo(20_000_000);
        assertThat(memory.heapUsedKb()).isEqualTo(524_288);
        assertThat(MonitoringParser.cpu("{\"total\":37.5,\"CloudConnector\":4}")).isEqualTo(new CpuUsage(37.5, 4));
        assertThat(MonitoringParser.disk("{\"total\":100000,\"CloudConnector\":1200,\"others\":50000,\"free\":48800}"))
                .isEqualTo(new ResourceSplit(100_000, 1200, 50_000, 48_800));
    }

    @Test
    void trafficFiguresFlattenedFromTheSubaccountsEnvelope() {
        List<BackendPerformance> performance = MonitoringParser.performance("""
                {"subaccounts":[{"regionHost":"cf.eu10.hana.ondemand.com","subaccount":"s1","locationID":"",
                   "sinceTime":"2019-01-28T09:33:23.150 +0100",
                   "backendPerformance":[{"virtualHost":"erp","virtualPort":443,"protocol":"HTTPS",
                     "buckets":[{"numberOfCalls":3,"minimumCallDurationMs":10},{"numberOfCalls":"2","minimumCallDurationMs":20}]}]}],
                 "version":1}""");
        assertThat(performance).singleElement().satisfies(p -> {
            assertThat(p.virtualPort()).isEqualTo("443");
            assertThat(p.calls()).isEqualTo(5);
            assertThat(p.since()).isEqualTo(Instant.parse("2019-01-28T08:33:23.150Z"));
        });
        assertThat(MonitoringParser.serviceChannels("""
                {"subaccounts":[{"subaccountName":"s2","subaccountRegion":"hana.ondemand.com",
                  "serviceChannelConnections":[{"port":30015,"typeDesc":{"typeKey":"HANA","typeName":"SAP HANA"},"connections":1}]}],
                 "version":1}""")).containsExactly(new ServiceChannelConnection("hana.ondemand.com", "s2", 30015, "HANA", "SAP HANA", 1));
        assertThat(MonitoringParser.topTimeConsumers("""
                {"subaccounts":[{"subaccount":"s1","regionHost":"r","sinceTime":1,"requests":[{"startTime":1733400000000,
                  "id":7,"protocol":"HTTPS","virtualBackend":"erp:443","internalBackend":"erp.corp:8443","resource":"/sap",
                  "sentBytes":10,"receivedBytes":20,"totalTime":900,"externalTime":800,"genSsoTime":0,"openRemoteTime":5,
                  "validateSsoTime":0,"latencyTime":95}]}],"version":1}"""))
                .singleElement().satisfies(call -> {
                    assertThat(call.totalTime()).isEqualTo(900);
                    assertThat(call.user()).isNull();
                    assertThat(call.start()).isEqualTo(Instant.ofEpochMilli(1733400000000L));
                });
        assertThat(MonitoringParser.usage("""
                {"subaccounts":[{"subaccount":"s1","regionHost":"r","usageStatistics":[{"virtualHost":"erp","virtualPort":"443",
                  "protocol":"HTTPS","bytesReceived":5,"bytesSent":6,"calls":2,"resources":[]}],
                  "serviceChannelUsageStatistics":[]}],"version":1}"""))
                .singleElement().satisfies(usage -> assertThat(usage.calls()).isEqualTo(2));
    }
}
