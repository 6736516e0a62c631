package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed and unexpected requests get the connector's error format with a sensible status, never a stack trace. */
class BadInputTest {
    private static final String SUBACCOUNTS = "/api/v1/configuration/subaccounts";
    private static final String VALID_CREATE = "{\"regionHost\":\"cf.eu10.hana.ondemand.com\",\"subaccount\":"
            + "\"0b8f1c2e-1111-4a2b-9c3d-444455556666\",\"cloudUser\":\"a@example.com\",\"cloudPassword\":\"secret\"}";

    @TempDir
    static Path dataDir;
    private static SandboxFixture sandbox;
    private static final List<Reply> ALL_REPLIES = new ArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = SandboxFixture.initialized(dataDir);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void malformedJsonIsAnInvalidRequest() {
        record(sandbox.send("POST", SUBACCOUNTS, "{\"regionHost\": ")).expectError(400, "INVALID_REQUEST", "Request body is not valid JSON");
        record(sandbox.send("POST", SUBACCOUNTS, "[1,2]")).expectError(400, "INVALID_REQUEST", "Request body must be a JSON object");
        record(sandbox.send("PUT", "/api/v1/configuration/connector", "{\"description\":null}")).expect(400);
        record(sandbox.send("POST", SUBACCOUNTS, "{\"regionHost\":42,\"subaccount\":\"x\",\"cloudUser\":\"u\",\"cloudPassword\":\"p\"}"))
                .expectError(400, "INVALID_REQUEST", "Property 'regionHost' must be a string");
    }

    @Test
    void eachMissingMandatoryFieldIsNamed() {
        for (String field : new String[] {"regionHost", "subaccount", "cloudUser", "cloudPassword"}) {
            String body = VALID_CREATE.replaceFirst("\"" + field + "\":\"[^\"]*\",?", "").replace(",}", "}");
            record(sandbox.send("POST", SUBACCOUNTS, body))
                    .expectError(400, "INVALID_REQUEST", "Mandatory property '" + field + "' is missing");
        }
        record(sandbox.send("POST", SUBACCOUNTS, VALID_CREATE.replace("\"secret\"", "\"\"")))
                .expectError(400, "INVALID_REQUEST", "Mandatory property 'cloudPassword' is missing");
        assertThat(sandbox.send("GET", SUBACCOUNTS, null).body()).isEqualTo("[]");
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        HttpRequest.Builder xml = sandbox.request(SUBACCOUNTS)
                .header("Authorization", SandboxFixture.basic(SandboxFixture.USER, SandboxFixture.PASSWORD))
                .header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<subaccount/>"));
        record(sandbox.exchange(xml)).expectError(415, "UNSUPPORTED_MEDIA_TYPE", "Request bodies must be sent as application/json");
    }

    @Test
    void unknownPathsAre404AndUnsupportedMethods405WithAllow() {
        record(sandbox.send("GET", "/api/v1/configuration/nothing-here", null))
                .expectError(404, "NOT_FOUND", "The requested resource does not exist");
        record(sandbox.send("GET", "/index.html", null)).expect(404);
        Reply patch = record(sandbox.send("PATCH", SUBACCOUNTS, "{}")).expect(405);
        assertThat(patch.header("Allow")).contains("GET,POST");
        Reply delete = record(sandbox.send("DELETE", "/api/v1/connector/version", null)).expect(405);
        assertThat(delete.header("Allow")).contains("GET");
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Reply head = sandbox.send("HEAD", "/api/v1/connector/version", null).expect(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).contains("application/json");
        assertThat(head.header("Cache-Control")).contains("max-age=3600");
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        String huge = "{\"description\":\"" + "x".repeat(SandboxHttpHandler.MAX_BODY_BYTES) + "\"}";
        record(sandbox.send("PUT", "/api/v1/configuration/connector", huge))
                .expectError(413, "INVALID_REQUEST", "Request body is larger than 1 MiB");
    }

    @Test
    void encodedPathSegmentsAreDecodedBeforeLookup() {
        record(sandbox.send("GET", SUBACCOUNTS + "/cf.eu10.hana.ondemand.com/a%2Fb%20c/systemMappings", null))
                .expectError(404, "NOT_FOUND", "Subaccount with value 'a/b c@cf.eu10.hana.ondemand.com' does not exist");
    }

    @Test
    void noAnswerEverShowsJavaInternals() {
        malformedJsonIsAnInvalidRequest();
        eachMissingMandatoryFieldIsNamed();
        aBodyThatIsNotJsonIs415();
        unknownPathsAre404AndUnsupportedMethods405WithAllow();
        bodiesOverOneMebibyteAre413();
        encodedPathSegmentsAreDecodedBeforeLookup();
        record(sandbox.send("POST", SUBACCOUNTS, "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}")).expect(400);
        record(sandbox.send("POST", SUBACCOUNTS, "\u0000\u0001")).expect(400);
        assertThat(ALL_REPLIES).hasSizeGreaterThan(15);
        for (Reply reply : ALL_REPLIES) {
            assertThat(reply.body()).doesNotContain("Exception", "java.", "com.fasterxml", "dev.connectorconsole", "\tat ");
            assertThat(reply.header("Content-Type")).contains("application/json");
            assertThat(reply.json().fieldNames()).toIterable().containsExactly("type", "message");
        }
    }

    private static synchronized Reply record(Reply reply) {
        ALL_REPLIES.add(reply);
        return reply;
    }
}
