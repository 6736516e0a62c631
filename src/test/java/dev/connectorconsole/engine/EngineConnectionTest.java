package dev.connectorconsole.engine;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngineConnectionTest {
    @TempDir
    Path temp;

    @Test
    void pingTellsWhichEngineAnswers() {
        try (EngineConnection connection = EngineTestSupport.connect()) {
            EngineInfo info = connection.ping();

            assertThat(info.version()).matches("\\d+\\.\\d+.*");
            assertThat(ApiVersions.isSupported(info.apiVersion())).isTrue();
            assertThat(info.os()).isEqualTo("linux");
            assertThat(info.arch()).isNotBlank();
            assertThat(info.describe()).startsWith("Docker " + info.version() + " (API " + info.apiVersion());
        }
    }

    @Test
    void aMissingSocketMeansNoEngineIsRunning() {
        EngineEndpoint endpoint = new EngineEndpoint(URI.create("unix:///tmp/nonexistent.sock"), "DOCKER_HOST", false, null);

        EngineException failure = pingFailure(endpoint, EngineConnection.DEFAULT_RESPONSE_TIMEOUT);

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
        assertThat(failure.getMessage()).isEqualTo("No Docker engine answers at unix:///tmp/nonexistent.sock. "
                + "Start Docker and try again (the address comes from DOCKER_HOST).");
    }

    @Test
    void theDockerHostVariableReachesTheConnectionThroughTheLocator() {
        EngineEndpoint endpoint = EngineLocator.locate(java.util.Map.of("DOCKER_HOST", "unix:///tmp/nonexistent.sock"), temp);

        assertThat(pingFailure(endpoint, Duration.ofSeconds(5)).kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
    }

    @Test
    void aSocketNobodyListensOnMeansNoEngineIsRunning() throws IOException {
        Path socket = temp.resolve("stale.sock");
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(socket));
        }
        EngineEndpoint endpoint = new EngineEndpoint(URI.create("unix://" + socket), "context 'stale'", false, null);

        EngineException failure = pingFailure(endpoint, Duration.ofSeconds(5));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
        assertThat(failure.getMessage()).contains("unix://" + socket).contains("context 'stale'");
    }

    @Test
    void aClosedTcpPortMeansNoEngineIsRunning() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        EngineException failure = pingFailure(tcp("127.0.0.1:" + port), Duration.ofSeconds(5));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.NOT_RUNNING);
    }

    @Test
    void anUnknownHostIsTheWrongHost() {
        EngineException failure = pingFailure(tcp("no-such-engine.invalid:2375"), Duration.ofSeconds(5));

        assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
        assertThat(failure.getMessage()).contains("tcp://no-such-engine.invalid:2375").contains("unknown").contains("DOCKER_HOST");
    }

    @Test
    void aWebServerThatIsNotDockerIsTheWrongHost() throws IOException {
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/", exchange -> {
            byte[] body = "<html>Not here</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        try {
            EngineException failure = pingFailure(tcp("127.0.0.1:" + web.getAddress().getPort()), Duration.ofSeconds(5));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.WRONG_HOST);
            assertThat(failure.getMessage()).contains("answers, but not as a Docker engine").contains("404");
        } finally {
            web.stop(0);
        }
    }

    @Test
    void anEngineBelowTheMinimumApiIsTooOld() throws IOException {
        HttpServer oldEngine = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        oldEngine.createContext("/version", exchange -> {
            byte[] body = "{\"Version\":\"18.09.9\",\"ApiVersion\":\"1.39\",\"Os\":\"linux\",\"Arch\":\"amd64\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        oldEngine.start();
        try {
            EngineException failure = pingFailure(tcp("127.0.0.1:" + oldEngine.getAddress().getPort()), Duration.ofSeconds(5));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.API_TOO_OLD);
            assertThat(failure.getMessage()).contains("API 1.39").contains("needs API 1.41 (Docker 20.10) or newer");
        } finally {
            oldEngine.stop(0);
        }
    }

    @Test
    void anEngineThatNeverAnswersTimesOut() throws IOException {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            }, "test-silent-engine");
            acceptor.setDaemon(true);
            acceptor.start();

            EngineException failure = pingFailure(tcp("127.0.0.1:" + silent.getLocalPort()), Duration.ofMillis(500));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.TIMEOUT);
            assertThat(failure.getMessage()).contains("did not answer in time");
        } finally {
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void anEngineSocketThatNeverAnswersTimesOut() throws IOException {
        Path socket = temp.resolve("silent.sock");
        List<java.nio.channels.SocketChannel> accepted = new ArrayList<>();
        try (ServerSocketChannel silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            silent.bind(UnixDomainSocketAddress.of(socket));
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // test over
                }
            }, "test-silent-socket");
            acceptor.setDaemon(true);
            acceptor.start();

            EngineException failure = pingFailure(new EngineEndpoint(URI.create("unix://" + socket), "DOCKER_HOST", false, null),
                    Duration.ofMillis(500));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.TIMEOUT);
        } finally {
            for (java.nio.channels.SocketChannel channel : accepted) {
                channel.close();
            }
        }
    }

    private static EngineEndpoint tcp(String authority) {
        return new EngineEndpoint(URI.create("tcp://" + authority), "DOCKER_HOST", false, null);
    }

    private static EngineException pingFailure(EngineEndpoint endpoint, Duration responseTimeout) {
        try (EngineConnection connection = EngineConnection.open(endpoint, responseTimeout)) {
            return (EngineException) org.assertj.core.api.Assertions.catchThrowable(connection::ping);
        }
    }
}
