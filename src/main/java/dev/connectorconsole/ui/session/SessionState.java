package dev.connectorconsole.ui.session;

/** Where the conversation with the connector stands, as the user sees it. */
public enum SessionState {
    SIGNED_OUT,
    /** The connector presented a certificate that is not (or no longer) the pinned one; the user decides. */
    CERTIFICATE_TO_CONFIRM,
    /** Credentials accepted, but the connector still runs with its initial password. */
    PASSWORD_CHANGE_REQUIRED,
    /** Password changed, but the connector has no high-availability role yet (master or shadow). */
    HA_ROLE_REQUIRED,
    SIGNED_IN,
    /** Signed in before, but the connector does not answer now. */
    UNREACHABLE
}
