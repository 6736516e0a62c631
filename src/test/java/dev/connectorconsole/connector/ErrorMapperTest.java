package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.SccException.Kind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | INVALID_REQUEST       | old password is wrong                                                  | INVALID_REQUEST
            400 | BAD_REQUEST           | region of authentication data does not match                            | INVALID_REQUEST
            403 | FORBIDDEN_REQUEST     | operation unavailable unless initial password is changed               | INITIAL_PASSWORD_REQUIRED
            403 | FORBIDDEN_REQUEST     | method is not allowed for connector running with HA role undefined     | HA_ROLE_UNDEFINED
            403 | FORBIDDEN_REQUEST     | not allowed on shadow instance                                         | FORBIDDEN
            404 | NOT_FOUND             | Subaccount with value 'a@cf.eu10.hana.ondemand.com' does not exist     | NOT_FOUND
            409 | INVALID_CONFIGURATION | Subaccount already added                                               | CONFLICT
            409 | ILLEGAL_STATE         | Subaccount is locked                                                   | LOCKED
            409 | ILLEGAL_STATE         | Subaccount is used in a UI session                                      | LOCKED
            500 | RUNTIME_FAILURE       | Service channel could not be opened.                                   | SERVER_ERROR
            503 | ERROR                 | unavailable                                                             | SERVER_ERROR
            405 | ERROR                 | An error occurred while processing the request.                        | UNEXPECTED
            """)
    void mapsStatusAndMessageToKind(int status, String type, String message, Kind expected) {
        String body = "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}";

        SccException failure = ErrorMapper.fromResponse(status, body, List.of());

        assertThat(failure.kind()).isEqualTo(expected);
        assertThat(failure.status()).isEqualTo(status);
        assertThat(failure.type()).isEqualTo(type);
        assertThat(failure.serverMessage()).isEqualTo(message);
        assertThat(failure.getMessage()).endsWith("(" + status + ")").doesNotContain("\n");
    }

    @Test
    void unauthorizedIgnoresWhateverBodyCameWithIt() {
        SccException failure = ErrorMapper.fromResponse(401, "{\"type\":\"X\",\"message\":\"Y\"}", List.of());

        assertThat(failure.kind()).isEqualTo(Kind.UNAUTHORIZED);
        assertThat(failure.serverMessage()).isNull();
    }

    @Test
    void htmlErrorBodyLeavesTypeAndMessageEmpty() {
        SccException failure = ErrorMapper.fromResponse(500, "<html><body>Internal error</body></html>", List.of());

        assertThat(failure.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(failure.type()).isNull();
        assertThat(failure.getMessage()).isEqualTo("The connector failed to carry out the request (500)");
    }

    @Test
    void aServerEchoingAPasswordDoesNotLeakIt() {
        SccException failure = ErrorMapper.fromResponse(400,
                "{\"type\":\"INVALID_REQUEST\",\"message\":\"password Zebra-42 is too weak\"}", List.of("Zebra-42"));

        assertThat(failure.serverMessage()).isEqualTo("password *** is too weak");
        assertThat(failure.getMessage()).doesNotContain("Zebra-42");
    }
}
