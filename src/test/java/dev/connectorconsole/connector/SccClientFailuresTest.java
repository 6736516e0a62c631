package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HttpsFixture.Reply;
import dev.connectorconsole.connector.SccException.Kind;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures as the user meets them: each one a kind and a sentence, over real HTTPS and real sockets. */
class SccClientFailuresTest {
    private static final Credentials ADMIN = new Credentials("Administrator", new Secret("manage"));
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";

    private HttpsFixture server;
    private SccClient client;

    @BeforeEach
    void start() {
        server = HttpsFixture.start(TestCertificates.selfSigned("scc-1"));
        client = new SccClient(server.endpoint(), ADMIN, TrustSettings.pinned(server.sha256()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void duplicateSubaccountIsAConflictWithTheConnectorsWords() {
        server.on("POST", SUBACCOUNTS,
                Reply.json(409, "{\"type\":\"INVALID_CONFIGURATION\",\"message\":\"Subaccount already added\"}"));

        SccException failure = catchThrowableOfType(SccException.class, () -> client.create(new SubaccountCreate(
                "cf.eu10.hana.ondemand.com", "abc", "u@example.com", new Secret("pw"), null, null, null, null)));

        assertThat(failure.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(failure.status()).isEqualTo(409);
        assertThat(failure.type()).isEqualTo("INVALID_CONFIGURATION");
        assertThat(failure.serverMessage()).isEqualTo("Subaccount already added");
        assertThat(failure.getMessage()).isEqualTo("The connector refused the request: Subaccount already added (409)");
    }

    @Test
    void freshConnectorAsksForThePasswordChangeFirst() {
        server.on("GET", SUBACCOUNTS, Reply.json(403,
                "{\"type\":\"FORBIDDEN_REQUEST\",\"message\":\"operation unavailable unless initial password is changed\"}"));

        SccException failure = catchThrowableOfType(SccException.class, client::subaccounts);

        assertThat(failure.kind()).isEqualTo(Kind.INITIAL_PASSWORD_REQUIRED);
        assertThat(failure.type()).isEqualTo("FORBIDDEN_REQUEST");
    }

    @Test
    void connectorWithoutHaRoleAsksForOne() {
        server.on("GET", SUBACCOUNTS, Reply.json(403, "{\"type\":\"FORBIDDEN_REQUEST\",\"message\":"
                + "\"method is not allowed for connector running with HA role undefined\"}"));

        assertThat(catchThrowableOfType(SccException.class, client::subaccounts).kind())
                .isEqualTo(Kind.HA_ROLE_UNDEFINED);
    }

    @Test
    void wrongPasswordIsUnauthorizedWhateverTheBody() {
        server.on("GET", "/api/v1/connector/version", new Reply(401, "text/html", "<html>Unauthorized</html>"));

        SccException failure = catchThrowableOfType(SccException.class, client::version);

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.serverMessage()).isNull();
        assertThat(failure.getMessage()).contains("user name or password");
    }

    @Test
    void loginPageWithStatus200IsNeverParsedAsData() {
        server.on("GET", SUBACCOUNTS, new Reply(200, "text/html;charset=UTF-8",
                "<!DOCTYPE html><html><body><form>Log On</form></body></html>"));

        SccException failure = catchThrowableOfType(SccException.class, client::subaccounts);

        assertThat(failure.kind()).isEqualTo(Kind.LOGIN_PAGE);
        assertThat(failure.status()).isEqualTo(200);
    }

    @Test
    void unreadableAnswerIsUnexpected() {
        server.on("GET", "/api/v1/connector/version", Reply.json(200, "{\"version\":"));

        SccException failure = catchThrowableOfType(SccException.class, client::version);

        assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(failure.getMessage()).contains("could not be read");
    }

    @Test
    void lockedSubaccountIsReportedAsLocked() {
        String path = SUBACCOUNTS + "/cf.eu10.hana.ondemand.com/abc";
        server.on("DELETE", path, Reply.json(409,
                "{\"type\":\"ILLEGAL_STATE\",\"message\":\"Subaccount is locked by another session\"}"));

        SccException failure = catchThrowableOfType(SccException.class,
                () -> client.delete("cf.eu10.hana.ondemand.com", "abc"));

        assertThat(failure.kind()).isEqualTo(Kind.LOCKED);
        assertThat(failure.getMessage()).contains("open in the connector's UI");
    }

    @Test
    void silentConnectorTimesOut() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("GET", "/api/v1/connector/version", request -> {
            release.await();
            return Reply.json(200, "{\"version\":\"2.19.0.2\"}");
        });
        try (SccClient impatient = new SccClient(server.endpoint(), ADMIN, TrustSettings.pinned(server.sha256()),
                Duration.ofSeconds(10), Duration.ofMillis(300))) {
            SccException failure = catchThrowableOfType(SccException.class, impatient::version);

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(failure.getMessage()).contains("did not answer");
        } finally {
            release.countDown();
        }
    }

    @Test
    void closedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (SccClient nowhere = new SccClient(new ConnectorEndpoint("127.0.0.1", port), ADMIN,
                TrustSettings.pinned(server.sha256()))) {
            SccException failure = catchThrowableOfType(SccException.class, nowhere::version);

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure.getMessage()).contains("127.0.0.1:" + port);
        }
    }

    @Test
    void plainHttpServerIsNotMistakenForTheConnector() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread answer = NamedThreadsForTest.start(() -> {
                try (java.net.Socket socket = plain.accept()) {
                    socket.getOutputStream().write(
                            "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes());
                }
            });
            try (SccClient confused = new SccClient(new ConnectorEndpoint("127.0.0.1", plain.getLocalPort()), ADMIN,
                    TrustSettings.pinned(server.sha256()))) {
                SccException failure = catchThrowableOfType(SccException.class, confused::version);

                assertThat(failure.kind()).isEqualTo(Kind.UNEXPECTED);
                assertThat(failure.getMessage()).contains("does not speak HTTPS");
            }
            answer.join();
        }
    }

    @Test
    void unknownHostIsUnreachable() {
        try (SccClient nowhere = new SccClient(new ConnectorEndpoint("no-such-connector.invalid", 8443), ADMIN,
                TrustSettings.pinned(server.sha256()))) {
            SccException failure = catchThrowableOfType(SccException.class, nowhere::version);

            assertThat(failure.kind()).isEqualTo(Kind.UNREACHABLE);
            assertThat(failure.getMessage()).contains("no-such-connector.invalid");
        }
    }
}
