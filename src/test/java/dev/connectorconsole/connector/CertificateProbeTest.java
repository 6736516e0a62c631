package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.ServerSocket;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CertificateProbeTest {

    @Test
    void readsTheLeafCertificateWithoutSendingARequest() {
        TestCertificates.Issued identity = TestCertificates.selfSigned("scc-1", "scc-1");
        try (HttpsFixture server = HttpsFixture.start(identity)) {
            ServerCertificate presented = CertificateProbe.fetch("127.0.0.1", server.port());

            assertThat(presented.sha256()).isEqualTo(identity.sha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
            assertThat(presented.subject()).isEqualTo("CN=scc-1");
            assertThat(presented.issuer()).isEqualTo("CN=scc-1");
            assertThat(presented.notBefore()).isEqualTo(identity.certificate().getNotBefore().toInstant());
            assertThat(presented.notAfter()).isEqualTo(identity.certificate().getNotAfter().toInstant())
                    .isAfter(Instant.now());
            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void reportsTheLeafNotTheAuthority() {
        TestCertificates.Issued ca = TestCertificates.authority("Company CA");
        TestCertificates.Issued leaf = TestCertificates.issuedBy(ca, "connector.example.com");
        try (HttpsFixture server = HttpsFixture.start(leaf, ca.certificate())) {
            ServerCertificate presented = CertificateProbe.fetch("127.0.0.1", server.port());

            assertThat(presented.subject()).isEqualTo("CN=connector.example.com");
            assertThat(presented.issuer()).isEqualTo("CN=Company CA");
            assertThat(presented.sha256()).isEqualTo(leaf.sha256());
        }
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        SccException failure = catchThrowableOfType(SccException.class,
                () -> CertificateProbe.fetch("127.0.0.1", port));

        assertThat(failure.kind()).isEqualTo(SccException.Kind.UNREACHABLE);
        assertThat(failure.getMessage()).contains("127.0.0.1:" + port);
    }
}
