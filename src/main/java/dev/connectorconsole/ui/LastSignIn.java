package dev.connectorconsole.ui;

import dev.connectorconsole.app.LastKnownStates.Facet;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.session.ShownConnector;
import dev.connectorconsole.ui.shell.StatusModel;

/**
 * The status bar's word on the sign-in, and the sign-in state each connector context had last: right after a switch
 * the status bar says how the new one stood ("signed in (as of 18:42:10, refreshing…)") until its session answers.
 */
final class LastSignIn {
    static final Facet<SessionState> STATE = Facet.named("sign-in");

    private final ShownConnector shown;
    private final ConnectorSession session;
    private final StatusModel status;

    LastSignIn(ShownConnector shown, ConnectorSession session, StatusModel status) {
        this.shown = shown;
        this.session = session;
        this.status = status;
        session.stateProperty().addListener((obs, old, now) -> {
            // Signed out is what a switch does to the connector left: not a state of that connector to recall.
            if (now != SessionState.SIGNED_OUT) {
                shown.keep(shown.adminPlace(session.endpointProperty().get()), STATE, now);
            }
            status.connector(SessionWords.describe(now));
        });
    }

    /** Another context is shown: how it stood last, marked, while its session is opened again. */
    void recall() {
        shown.lastKnownAdmin(STATE).ifPresent(known -> status.connector(SessionWords.describe(known.value())
                + " (as of" + shown.asOf(known.at()).substring("As of".length()) + ")"));
    }

    /** No sign-in follows the switch (no remembered password): the session's own state. */
    void settled() {
        status.connector(SessionWords.describe(session.state()));
    }
}
