package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.HttpsFixture.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.slf4j.LoggerFactory;

/**
 * Runs failing and succeeding calls with distinctive passwords and checks that no exception message, stack trace,
 * toString() or log line (captured at DEBUG) contains them — even when the server echoes what it was sent.
 */
class SecretLeakTest {
    private static final String ADMIN_PW = "Qx7-Admin-Distinctive!";
    private static final String NEW_PW = "Zr9-NewPw-Distinctive!";
    private static final String CLOUD_PW = "Kp3-Cloud-Distinctive!";
    private static final String AUTH_DATA = "Ad5-AuthData-Distinctive";
    private static final List<String> SECRETS = List.of(ADMIN_PW, NEW_PW, CLOUD_PW, AUTH_DATA);
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ENTITY_PATH = "/api/v1/configuration/subaccounts/" + REGION + "/abc";

    private final Logger logger = (Logger) LoggerFactory.getLogger("dev.connectorconsole");
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level previousLevel;
    private HttpsFixture server;
    private final List<String> texts = new ArrayList<>();

    @BeforeEach
    void captureLogs() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        logs.start();
        logger.addAppender(logs);
        server = HttpsFixture.start(TestCertificates.selfSigned("scc-1"));
    }

    @AfterEach
    void release() {
        logger.detachAppender(logs);
        logger.setLevel(previousLevel);
        logger.setAdditive(true);
        server.close();
    }

    @Test
    void noPasswordInMessagesTracesToStringOrLogs() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        server.on("GET", "/api/v1/connector/version", new Reply(401, "text/plain", "Unauthorized " + ADMIN_PW))
                .on("PUT", "/api/v1/configuration/connector/authentication/basic", SecretLeakTest::echo)
                .on("POST", "/api/v1/configuration/subaccounts", SecretLeakTest::echo)
                .on("POST", ENTITY_PATH + "/validity", request -> Reply.json(500,
                        "{\"type\":\"RUNTIME_FAILURE\",\"message\":\"failed for " + request.body().replace("\"", "'")
                                + "\"}"))
                .on("GET", "/api/v1/configuration/subaccounts", new Reply(200, "text/html", "<html>login</html>"))
                .on("GET", "/api/monitoring/subaccounts", request -> {
                    release.await();
                    return Reply.json(200, "{\"subaccounts\":[]}");
                });
        Credentials admin = new Credentials("Administrator", new Secret(ADMIN_PW));
        try (SccClient client = new SccClient(server.endpoint(), admin, TrustSettings.pinned(server.sha256()));
             SccClient impatient = new SccClient(server.endpoint(), admin, TrustSettings.pinned(server.sha256()),
                     Duration.ofSeconds(10), Duration.ofMillis(300))) {
            fail(client::version);
            fail(() -> client.changeInitialPassword(new Secret(ADMIN_PW), new Secret(NEW_PW)));
            fail(() -> client.create(new SubaccountCreate(REGION, "abc", "u@example.com", new Secret(CLOUD_PW),
                    null, null, null, null)));
            fail(() -> client.create(SubaccountCreate.usingAuthenticationData(new Secret(AUTH_DATA), null, null,
                    null, null)));
            fail(() -> client.renewCertificate(REGION, "abc", "u@example.com", new Secret(CLOUD_PW)));
            fail(() -> client.renewCertificate(REGION, "abc", new Secret(AUTH_DATA)));
            fail(client::subaccounts);
            fail(impatient::monitoringSubaccounts);
        } finally {
            release.countDown();
        }
        String otherPin = TestCertificates.selfSigned("x").sha256();
        try (SccClient changed = new SccClient(server.endpoint(), admin, TrustSettings.pinned(otherPin));
             SccClient untrusted = new SccClient(server.endpoint(), admin, TrustSettings.jdkDefault());
             SccClient unreachable = new SccClient(new ConnectorEndpoint("127.0.0.1", freePort()), admin,
                     TrustSettings.pinned(otherPin))) {
            fail(changed::version);
            fail(untrusted::version);
            fail(unreachable::version);
        }
        texts.add(admin.toString());
        texts.add(new SubaccountCreate(REGION, "abc", "u", new Secret(CLOUD_PW), "d", "l", "x", true).toString());
        texts.add(SubaccountCreate.usingAuthenticationData(new Secret(AUTH_DATA), null, null, null, null).toString());
        texts.add(logs.list.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n")));

        assertThat(logs.list).as("the calls were logged at all")
                .extracting(ILoggingEvent::getFormattedMessage)
                .contains("GET /api/v1/connector/version -> 401", "POST /api/v1/configuration/subaccounts -> 409");
        assertThat(server.requests()).as("the secrets did travel, in the bodies")
                .anySatisfy(r -> assertThat(r.body()).contains(CLOUD_PW));
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertThat(text).doesNotContain(secret);
            }
        }
    }

    /** A careless server that repeats the request body in its error message. */
    private static Reply echo(HttpsFixture.Recorded request) {
        return Reply.json(request.rawPath().endsWith("basic") ? 400 : 409, "{\"type\":\"INVALID_REQUEST\","
                + "\"message\":\"rejected " + request.body().replace("\"", "'") + "\"}");
    }

    private void fail(Executable call) {
        SccException failure = catchThrowableOfType(SccException.class, () -> call.execute());
        assertThat(failure).as("the call must fail").isNotNull();
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        texts.add(failure.getMessage());
        texts.add(failure.toString());
        texts.add(String.valueOf(failure.serverMessage()));
        texts.add(trace.toString());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
