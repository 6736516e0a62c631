package dev.connectorconsole.guide;

import java.util.Optional;

/**
 * What a signed-in session knows about the connector. Without a session both are unknown, and the guide shows their
 * steps as pending.
 */
public interface ConnectorFacts {
    ConnectorFacts UNKNOWN = new ConnectorFacts() {
        @Override public Optional<Boolean> initialPasswordChanged() { return Optional.empty(); }
        @Override public Optional<Boolean> subaccountConnected() { return Optional.empty(); }
    };

    /** Blocking (may call the connector). */
    Optional<Boolean> initialPasswordChanged();

    /** Blocking (may call the connector's monitoring API). */
    Optional<Boolean> subaccountConnected();

    /** Blocking: whether any subaccount exposes an on-premise system; unknown unless the connector says. */
    default Optional<Boolean> systemExposed() {
        return Optional.empty();
    }
}
