package dev.connectorconsole.connector;

import dev.connectorconsole.connector.SccException.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;

/** Turns HTTP error answers and transport failures into {@link SccException}s with one human sentence each. */
final class ErrorMapper {
    private ErrorMapper() {}

    /**
     * @param body the raw error body (may be HTML or empty for 401)
     * @param secrets values that must not appear in the result, e.g. the passwords of the request
     */
    static SccException fromResponse(int status, String body, Collection<String> secrets) {
        ErrorBody error = status == 401 ? ErrorBody.NONE : ResponseParser.errorBody(body);
        String type = error.type();
        String serverMessage = Redaction.redact(error.message(), secrets);
        Kind kind = kindOf(status, serverMessage);
        return new SccException(kind, sentence(kind, status, serverMessage), status, type, serverMessage,
                null, null, null);
    }

    static Kind kindOf(int status, String serverMessage) {
        String text = serverMessage == null ? "" : serverMessage.toLowerCase(Locale.ROOT);
        if (status == 400) {
            return Kind.INVALID_REQUEST;
        }
        if (status == 401) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 403) {
            if (text.contains("initial password")) {
                return Kind.INITIAL_PASSWORD_REQUIRED;
            }
            if (text.contains("ha role undefined")) {
                return Kind.HA_ROLE_UNDEFINED;
            }
            return Kind.FORBIDDEN;
        }
        if (status == 404) {
            return Kind.NOT_FOUND;
        }
        if (status == 409) {
            return text.contains("locked") || text.contains("session") ? Kind.LOCKED : Kind.CONFLICT;
        }
        if (status >= 500 && status <= 599) {
            return Kind.SERVER_ERROR;
        }
        return Kind.UNEXPECTED;
    }

    private static String sentence(Kind kind, int status, String serverMessage) {
        String detail = serverMessage == null || serverMessage.isBlank() ? "" : ": " + serverMessage.strip();
        String code = " (" + status + ")";
        return switch (kind) {
            case INVALID_REQUEST -> "The connector rejected the request as invalid" + detail + code;
            case UNAUTHORIZED -> "The connector did not accept the user name or password" + code
                    + "; check them (repeated failures can lock the user)";
            case INITIAL_PASSWORD_REQUIRED ->
                    "The connector still has its initial password; change it before anything else" + code;
            case HA_ROLE_UNDEFINED ->
                    "The connector has no high-availability role yet; make it the master first" + code;
            case FORBIDDEN -> "The connector does not allow this user to do that" + detail + code;
            case NOT_FOUND -> "The connector does not know it" + detail + code;
            case LOCKED -> "The subaccount is locked by another session (someone has it open in the connector's UI)"
                    + detail + code;
            case CONFLICT -> "The connector refused the request" + detail + code;
            case SERVER_ERROR -> "The connector failed to carry out the request" + detail + code;
            default -> "The connector answered with an unexpected status" + detail + code;
        };
    }

    static SccException loginPage(int status) {
        return new SccException(Kind.LOGIN_PAGE,
                "The connector answered with its login page instead of data: the session expired or the "
                        + "credentials were not accepted (" + status + ")",
                status, null, null, null, null, null);
    }

    static SccException unreadable(int status, String what, Exception cause) {
        return new SccException(Kind.UNEXPECTED,
                "The connector's answer could not be read as " + what + " (" + status + ")",
                status, null, null, null, null, cause);
    }

    static SccException transportFailure(IOException failure, ConnectorEndpoint endpoint, long readTimeoutSeconds) {
        RejectedCertificateException rejected = find(failure, RejectedCertificateException.class);
        if (rejected != null) {
            return certificateRejected(rejected, endpoint, failure);
        }
        String where = endpoint.display();
        if (find(failure, SSLPeerUnverifiedException.class) != null) {
            return new SccException(Kind.UNTRUSTED_CERTIFICATE, "The certificate of " + where
                    + " is not issued for that host name; connect with the name it was issued for or pin it",
                    0, null, null, null, null, failure);
        }
        if (find(failure, SocketTimeoutException.class) != null
                || failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage())) {
            return new SccException(Kind.TIMEOUT, "The connector at " + where + " did not answer within "
                    + readTimeoutSeconds + " seconds", 0, null, null, null, null, failure);
        }
        if (find(failure, UnknownHostException.class) != null) {
            return new SccException(Kind.UNREACHABLE, "The host name " + endpoint.host() + " is unknown",
                    0, null, null, null, null, failure);
        }
        if (find(failure, ConnectException.class) != null || find(failure, NoRouteToHostException.class) != null) {
            return new SccException(Kind.UNREACHABLE, "Nothing answers at " + where
                    + ": the connector is not running or listens on another port", 0, null, null, null, null, failure);
        }
        SSLException tls = find(failure, SSLException.class);
        if (tls != null && String.valueOf(tls.getMessage()).contains("nrecognized SSL message")) {
            return new SccException(Kind.UNEXPECTED, "The server at " + where
                    + " does not speak HTTPS; is this the connector's admin port?", 0, null, null, null, null, failure);
        }
        if (tls != null) {
            return new SccException(Kind.UNEXPECTED, "The secure connection to " + where + " failed: "
                    + failure.getMessage(), 0, null, null, null, null, failure);
        }
        return new SccException(Kind.UNREACHABLE, "The connection to " + where + " broke: " + failure.getMessage(),
                0, null, null, null, null, failure);
    }

    private static SccException certificateRejected(RejectedCertificateException rejected, ConnectorEndpoint endpoint,
                                                     IOException failure) {
        ServerCertificate presented = rejected.presented();
        if (rejected.expectedSha256() != null) {
            return new SccException(Kind.CERTIFICATE_CHANGED, "The certificate of " + endpoint.display()
                    + " has changed: expected SHA-256 " + rejected.expectedSha256() + " but it presents "
                    + presented.sha256(), 0, null, null, presented, rejected.expectedSha256(), failure);
        }
        return new SccException(Kind.UNTRUSTED_CERTIFICATE, "The certificate of " + endpoint.display()
                + " is not trusted (SHA-256 " + presented.sha256() + "); check it and trust it to continue",
                0, null, null, presented, null, failure);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
