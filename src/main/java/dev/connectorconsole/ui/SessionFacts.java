package dev.connectorconsole.ui;

import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.guide.ConnectorFacts;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import java.util.Optional;

/** What the sign-in session knows, for the setup guide; read off the FX thread. */
final class SessionFacts implements ConnectorFacts {
    private final ConnectorSession session;
    private volatile SessionState state = SessionState.SIGNED_OUT;

    SessionFacts(ConnectorSession session) {
        this.session = session;
    }

    /** The session's state as it changes (FX thread). */
    void follow(SessionState now) {
        state = now;
    }

    @Override
    public Optional<Boolean> initialPasswordChanged() {
        return switch (state) {
            case SIGNED_IN, HA_ROLE_REQUIRED -> Optional.of(true);
            case PASSWORD_CHANGE_REQUIRED -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<Boolean> subaccountConnected() {
        if (state != SessionState.SIGNED_IN) {
            return Optional.empty();
        }
        try {
            return session.client().map(client -> client.monitoringSubaccounts().stream()
                    .anyMatch(s -> s.tunnel() != null && s.tunnel().state() == TunnelState.CONNECTED));
        } catch (RuntimeException unreachable) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Boolean> systemExposed() {
        if (state != SessionState.SIGNED_IN) {
            return Optional.empty();
        }
        try {
            return session.client().map(client -> !client.backendConnections().isEmpty());
        } catch (RuntimeException unreachableOrOlder) {
            return Optional.empty();
        }
    }
}
