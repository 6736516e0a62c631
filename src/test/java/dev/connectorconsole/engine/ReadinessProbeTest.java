package dev.connectorconsole.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessProbeTest {
    private final List<String> progress = new CopyOnWriteArrayList<>();
    private final ReadinessProbe probe = new ReadinessProbe(Duration.ofSeconds(2));

    @Test
    void aConnectorWithASelfSignedCertificateIsReadyWhenItAnswersThePing() throws Exception {
        try (SelfSignedHttpsServer connector = SelfSignedHttpsServer.start(0, 200)) {
            Readiness readiness = probe.await("127.0.0.1", connector.port(), Duration.ofSeconds(10), progress::add);

            assertThat(readiness).isEqualTo(new Readiness(true,
                    "The connector answers at https://127.0.0.1:" + connector.port() + "/exposed?action=ping."));
            assertThat(connector.requests).containsExactly(
                    new SelfSignedHttpsServer.Request("GET", "/exposed?action=ping", false));
            assertThat(progress).isEmpty();
        }
    }

    @Test
    void aClosedPortIsNotReadyWhenTheTimeoutEnds() throws Exception {
        int port = closedPort();

        Readiness readiness = probe.await("127.0.0.1", port, Duration.ofSeconds(1), progress::add);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.reason()).isEqualTo("The connector did not answer at https://127.0.0.1:" + port
                + "/exposed?action=ping within 1 s: connection refused.");
        assertThat(progress).isNotEmpty().allMatch(line -> line.startsWith("Waiting for the connector at https://127.0.0.1:" + port));
        assertThat(progress.get(0)).endsWith("(attempt 1: connection refused)");
    }

    @Test
    void anInterruptedWaitEndsAtOnceAndKeepsTheInterrupt() throws Exception {
        int port = closedPort();
        Thread.currentThread().interrupt();
        try {
            Readiness readiness = probe.await("127.0.0.1", port, Duration.ofMinutes(5), progress::add);

            assertThat(readiness).isEqualTo(new Readiness(false,
                    "Waiting for the connector at https://127.0.0.1:" + port + "/exposed?action=ping was cancelled."));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anErrorStatusIsNotReadyAndTheReasonNamesIt() throws Exception {
        try (SelfSignedHttpsServer starting = SelfSignedHttpsServer.start(0, 503)) {
            Readiness readiness = probe.await("127.0.0.1", starting.port(), Duration.ofMillis(600), progress::add);

            assertThat(readiness.ready()).isFalse();
            assertThat(readiness.reason()).endsWith("within 600 ms: it answered HTTP 503.");
            assertThat(starting.requests).isNotEmpty().allMatch(request -> !request.hadAuthorization());
        }
    }

    @Test
    void aConnectorThatComesUpLaterIsFoundByRetrying() throws Exception {
        int port = closedPort();
        AtomicReference<SelfSignedHttpsServer> late = new AtomicReference<>();
        Thread starter = new Thread(() -> {
            try {
                Thread.sleep(700);
                late.set(SelfSignedHttpsServer.start(port, 200));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "test-late-connector");
        starter.start();
        try {
            Readiness readiness = probe.await("127.0.0.1", port, Duration.ofSeconds(20), progress::add);

            assertThat(readiness.ready()).as(readiness.reason()).isTrue();
            assertThat(progress).isNotEmpty().allMatch(line -> line.contains("connection refused"));
        } finally {
            starter.join();
            if (late.get() != null) {
                late.get().close();
            }
        }
    }

    @Test
    void aServerSpeakingPlainHttpFailsTheTlsHandshake() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answerer = new Thread(() -> {
                try (java.net.Socket client = plain.accept()) {
                    client.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".getBytes());
                } catch (IOException closed) {
                    // test over
                }
            }, "test-plain-http");
            answerer.start();

            String problem = probe.attempt("127.0.0.1", plain.getLocalPort());

            assertThat(problem).startsWith("TLS handshake failed (");
            answerer.join();
        }
    }

    @Test
    void theProbeTrustManagerRecordsTheChainAndServesOnlyItsOwnPeer() throws Exception {
        try (SelfSignedHttpsServer connector = SelfSignedHttpsServer.start(0, 200)) {
            ProbeOnlyTrustManager trust = new ProbeOnlyTrustManager("127.0.0.1", connector.port());
            javax.net.ssl.SSLContext tls = javax.net.ssl.SSLContext.getInstance("TLS");
            tls.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
            try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", connector.port())) {
                socket.startHandshake();
            }
            assertThat(trust.presentedChain()).singleElement()
                    .satisfies(cert -> assertThat(cert.getSubjectX500Principal().getName()).isEqualTo("CN=scc-test-connector"));

            ProbeOnlyTrustManager forAnotherPort = new ProbeOnlyTrustManager("127.0.0.1", connector.port() + 1);
            tls.init(null, new javax.net.ssl.TrustManager[] {forAnotherPort}, null);
            try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", connector.port())) {
                assertThat(org.assertj.core.api.Assertions.catchThrowable(socket::startHandshake)).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
            }
            assertThat(forAnotherPort.presentedChain()).isEmpty();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
