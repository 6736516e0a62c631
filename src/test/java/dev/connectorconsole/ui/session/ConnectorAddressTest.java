package dev.connectorconsole.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.connectorconsole.connector.ConnectorEndpoint;

/** Which admin addresses reach the same connector. */
class ConnectorAddressTest {
    @Test
    void loopbackNamesOnTheSamePortAreOneConnector() {
        assertThat(ConnectorAddress.same(at("localhost", 8443), at("127.0.0.1", 8443))).isTrue();
        assertThat(ConnectorAddress.same(at("LOCALHOST", 8443), at("[::1]", 8443))).isTrue();
        assertThat(ConnectorAddress.same(at("127.0.0.2", 8443), at("::1", 8443))).isTrue();
    }

    @Test
    void anotherPortOrAnotherHostIsAnotherConnector() {
        assertThat(ConnectorAddress.same(at("localhost", 8443), at("localhost", 8444))).isFalse();
        assertThat(ConnectorAddress.same(at("scc.example.com", 8443), at("localhost", 8443))).isFalse();
        assertThat(ConnectorAddress.same(at("scc.example.com", 8443), at("SCC.example.com", 8443))).isTrue();
        assertThat(ConnectorAddress.same(null, at("localhost", 8443))).isFalse();
    }

    private static ConnectorEndpoint at(String host, int port) {
        return new ConnectorEndpoint(host, port);
    }
}
