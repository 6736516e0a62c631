package dev.connectorconsole.ui.session;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.SccException;
import java.util.EnumSet;
import java.util.Set;

/** Turns connector failures that concern the whole session into one sentence a user can act on. */
final class SessionFailures {
    private static final Set<SccException.Kind> SESSION_KINDS = EnumSet.of(
            SccException.Kind.UNAUTHORIZED, SccException.Kind.LOGIN_PAGE, SccException.Kind.INITIAL_PASSWORD_REQUIRED,
            SccException.Kind.HA_ROLE_UNDEFINED, SccException.Kind.UNREACHABLE, SccException.Kind.TIMEOUT,
            SccException.Kind.UNTRUSTED_CERTIFICATE, SccException.Kind.CERTIFICATE_CHANGED);

    private SessionFailures() {}

    static boolean concernsSession(SccException.Kind kind) {
        return SESSION_KINDS.contains(kind);
    }

    static String sentence(SccException failure, String user) {
        return switch (failure.kind()) {
            case UNAUTHORIZED, LOGIN_PAGE -> "The connector did not accept user \"" + user
                    + "\" with this password. Check both and sign in again.";
            case INITIAL_PASSWORD_REQUIRED -> "The connector still uses its initial password: choose a new one.";
            case HA_ROLE_UNDEFINED -> "The connector has no high-availability role yet: choose one to continue.";
            case CERTIFICATE_CHANGED -> "The connector presents a different certificate than the one you trusted.";
            default -> failure.getMessage();
        };
    }

    static String unreachableSentence(ConnectorEndpoint endpoint, Throwable failure) {
        String where = endpoint == null ? "the connector" : AdminUrl.format(endpoint);
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "No answer from " + where + ": " + detail;
    }
}
