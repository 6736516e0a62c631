package dev.connectorconsole.connector;

import java.util.Objects;
import java.util.Optional;

/**
 * A connector call that did not succeed. {@link #getMessage()} is one sentence a user can act on and never contains a
 * password; the connector's own {@code {type, message}} are kept in {@link #type()} and {@link #serverMessage()}.
 */
public class SccException extends RuntimeException {

    public enum Kind {
        INVALID_REQUEST, UNAUTHORIZED, FORBIDDEN, INITIAL_PASSWORD_REQUIRED, HA_ROLE_UNDEFINED, NOT_FOUND, CONFLICT,
        LOCKED, SERVER_ERROR, TIMEOUT, UNREACHABLE, LOGIN_PAGE, UNTRUSTED_CERTIFICATE, CERTIFICATE_CHANGED, UNEXPECTED
    }

    private final Kind kind;
    private final int status;
    private final String type;
    private final String serverMessage;
    private final ServerCertificate presented;
    private final String expectedSha256;

    public SccException(Kind kind, String message) {
        this(kind, message, 0, null, null, null, null, null);
    }

    /**
     * @param status HTTP status, 0 when no HTTP answer arrived
     * @param presented the certificate the server showed, for certificate kinds
     * @param expectedSha256 the pinned fingerprint, for {@link Kind#CERTIFICATE_CHANGED}
     */
    public SccException(Kind kind, String message, int status, String type, String serverMessage,
                        ServerCertificate presented, String expectedSha256, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
        this.type = type;
        this.serverMessage = serverMessage;
        this.presented = presented;
        this.expectedSha256 = expectedSha256;
    }

    public Kind kind() {
        return kind;
    }

    /** HTTP status, or 0 when the connector gave no HTTP answer (timeout, unreachable, TLS). */
    public int status() {
        return status;
    }

    /** The connector's error type, e.g. "INVALID_CONFIGURATION"; null when the body had none. */
    public String type() {
        return type;
    }

    /** The connector's own message, e.g. "Subaccount already added"; null when the body had none. */
    public String serverMessage() {
        return serverMessage;
    }

    /** The certificate the server presented, for {@link Kind#UNTRUSTED_CERTIFICATE} and {@link Kind#CERTIFICATE_CHANGED}. */
    public Optional<ServerCertificate> presented() {
        return Optional.ofNullable(presented);
    }

    /** The pinned fingerprint that was expected, for {@link Kind#CERTIFICATE_CHANGED}. */
    public Optional<String> expectedSha256() {
        return Optional.ofNullable(expectedSha256);
    }
}
