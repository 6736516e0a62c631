package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Tolerance for what differs between connector versions (2.11 monitoring captures up to 2.19). */
class ResponseParserTest {

    @Test
    void oldMonitoringAnswerWithFormattedConnectedSinceAndNoDisplayName() {
        var items = ResponseParser.monitoringSubaccounts("""
                {"subaccounts":[
                  {"regionHost":"hana.ondemand.com","subaccount":"abcdefghi",
                   "tunnel":{"state":"Connected","connectedSince":"2021-02-17T12:44:10.546 +0100","connections":3,
                             "applicationConnections":[{"connectionCount":3,"name":"abcdefghi:app","type":"JAVA"}]}},
                  {"regionHost":"hana.ondemand.com","subaccount":"b","displayName":"",
                   "tunnel":{"state":"Connected","connectedSince":"2019-01-28 11:26:02,584 +0100"}},
                  {"regionHost":"hana.ondemand.com","subaccount":"c","tunnel":{"state":"ConnectFailure"}}],
                 "version":1}""");

        assertThat(items).extracting(MonitoredSubaccount::displayName).containsExactly("abcdefghi", "b", "c");
        assertThat(items).extracting(MonitoredSubaccount::locationID).containsOnly("");
        assertThat(items.get(0).tunnel().connectedSince()).isEqualTo(Instant.parse("2021-02-17T11:44:10.546Z"));
        assertThat(items.get(0).tunnel().connections()).isEqualTo(3);
        assertThat(items.get(0).tunnel().subaccountCertificate()).isNull();
        assertThat(items.get(1).tunnel().connectedSince()).isEqualTo(Instant.parse("2019-01-28T10:26:02.584Z"));
        assertThat(items.get(2).tunnel().state()).isEqualTo(TunnelState.CONNECT_FAILURE);
        assertThat(items.get(2).tunnel().connectedSince()).isNull();
    }

    @Test
    void currentMonitoringAnswerWithTimestamps() {
        var item = ResponseParser.monitoringSubaccounts("""
                {"subaccounts":[{"regionHost":"cf.eu10.hana.ondemand.com","subaccount":"x","displayName":"X",
                  "description":"d","locationID":"loc","newField":{"nested":true},
                  "tunnel":{"state":"Disconnected","connectedSinceTimeStamp":0,"connections":0,
                    "subaccountCertificate":{"notAfterTimeStamp":1817366557000,"notBeforeTimeStamp":1785826957000,
                      "subjectDN":"CN=x","issuer":"CN=ca"}}}],"version":1}""").get(0);

        assertThat(item.description()).isEqualTo("d");
        assertThat(item.locationID()).isEqualTo("loc");
        assertThat(item.tunnel().state()).isEqualTo(TunnelState.DISCONNECTED);
        assertThat(item.tunnel().connectedSince()).as("0 means not connected").isNull();
        assertThat(item.tunnel().subaccountCertificate().notBefore()).isEqualTo(Instant.ofEpochMilli(1785826957000L));
    }

    @Test
    void unknownTunnelStatesAndMissingTunnelAreUnknown() {
        assertThat(TunnelState.fromApi("Connecting")).isEqualTo(TunnelState.UNKNOWN);
        assertThat(TunnelState.fromApi(null)).isEqualTo(TunnelState.UNKNOWN);
        Subaccount bare = ResponseParser.subaccount("{\"regionHost\":\"r\",\"subaccount\":\"s\"}", "r", "s");
        assertThat(bare.tunnel().state()).isEqualTo(TunnelState.UNKNOWN);
        assertThat(bare.displayName()).isEqualTo("s");
        assertThat(bare.locationID()).isEmpty();
    }

    @Test
    void booleansAndNumbersSentAsStrings() {
        Subaccount s = ResponseParser.subaccount("""
                {"autoCertRenewal":"true","isManaged":"false","tunnel":{"state":"Connected",
                 "connectedSinceTimeStamp":"1785830559013","connections":"4"}}""", "r", "s");

        assertThat(s.autoCertRenewal()).isTrue();
        assertThat(s.isManaged()).isFalse();
        assertThat(s.tunnel().connections()).isEqualTo(4);
        assertThat(s.tunnel().connectedSince()).isEqualTo(Instant.ofEpochMilli(1785830559013L));
    }

    @Test
    void unreadableTimesBecomeNullInsteadOfFailingTheCall() {
        Tunnel tunnel = ResponseParser.monitoringSubaccounts(
                "{\"subaccounts\":[{\"subaccount\":\"s\",\"tunnel\":{\"state\":\"Connected\","
                        + "\"connectedSince\":\"17.02.2021 12:44\"}}]}").get(0).tunnel();

        assertThat(tunnel.state()).isEqualTo(TunnelState.CONNECTED);
        assertThat(tunnel.connectedSince()).isNull();
    }

    @Test
    void haRoleInItsSeveralSpellings() {
        assertThat(ResponseParser.haRole("\"master\"")).isEqualTo("master");
        assertThat(ResponseParser.haRole("shadow\n")).isEqualTo("shadow");
        assertThat(ResponseParser.haRole("{\"role\":\"master\"}")).isEqualTo("master");
        assertThat(ResponseParser.haRole("\"\"")).isNull();
        assertThat(ResponseParser.haRole("\"undefined\"")).isNull();
        assertThat(ResponseParser.haRole("")).isNull();
    }

    @Test
    void connectorInfoWithoutHa() {
        assertThat(ResponseParser.connectorInfo("{\"description\":\"x\"}")).isEqualTo(new ConnectorInfo(null, "x"));
        assertThat(ResponseParser.connectorInfo("{\"role\":\"master\",\"description\":\"kt\"}"))
                .isEqualTo(new ConnectorInfo("master", "kt"));
    }

    @Test
    void wrongShapesAreRejected() {
        assertThatThrownBy(() -> ResponseParser.subaccounts("{\"a\":1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseParser.version("{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ResponseParser.monitoringSubaccounts("[1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ResponseParser.errorBody("<html/>")).isEqualTo(ErrorBody.NONE);
    }
}
