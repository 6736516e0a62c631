package dev.connectorconsole.ui;

import dev.connectorconsole.ui.session.SessionState;

/** How the status bar words the sign-in session's state. */
final class SessionWords {
    private SessionWords() {}

    static String describe(SessionState state) {
        return switch (state) {
            case SIGNED_OUT -> "not signed in";
            case CERTIFICATE_TO_CONFIRM -> "certificate to confirm";
            case PASSWORD_CHANGE_REQUIRED -> "initial password to change";
            case HA_ROLE_REQUIRED -> "role to choose";
            case SIGNED_IN -> "signed in";
            case UNREACHABLE -> "not reachable";
        };
    }
}
