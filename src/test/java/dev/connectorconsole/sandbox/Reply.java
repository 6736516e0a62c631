package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP answer with helpers for assertions. */
record Reply(HttpResponse<String> response) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    int status() {
        return response.statusCode();
    }

    String body() {
        return response.body();
    }

    Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    JsonNode json() {
        try {
            return MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    Reply expect(int status) {
        assertThat(status()).as("status of %s %s, body %s", response.request().method(), response.uri(), body())
                .isEqualTo(status);
        return this;
    }

    /** Asserts the connector's error format with exactly this type and message. */
    Reply expectError(int status, String type, String message) {
        expect(status);
        assertThat(header("Content-Type")).contains("application/json");
        assertThat(json().get("type").asText()).isEqualTo(type);
        assertThat(json().get("message").asText()).isEqualTo(message);
        return this;
    }
}
