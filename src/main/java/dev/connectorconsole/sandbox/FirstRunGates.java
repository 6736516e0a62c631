package dev.connectorconsole.sandbox;

import java.util.List;

/**
 * The two first-run gates of a fresh connector (scc-api.md §2.3). Until the initial password is changed, every
 * {@code /api/...} call except the password change is refused; afterwards, until the HA role is chosen, everything but
 * the HA role endpoints, the version and reading the connector info is refused.
 */
final class FirstRunGates {
    static final String PASSWORD_MESSAGE = "operation unavailable unless initial password is changed";
    static final String HA_ROLE_MESSAGE = "method is not allowed for connector running with HA role undefined";

    private final StateStore store;
    private final UserAccounts users;
    private final boolean skipHaRoleGate;

    FirstRunGates(StateStore store, UserAccounts users, boolean skipHaRoleGate) {
        this.store = store;
        this.users = users;
        this.skipHaRoleGate = skipHaRoleGate;
    }

    void check(String method, List<String> segments, String user) {
        if (segments.isEmpty() || !segments.get(0).equals("api")) {
            return;
        }
        String path = String.join("/", segments);
        if (users.mustChangePassword(user)) {
            if (!(method.equals("PUT") && path.equals(ConnectorResource.BASIC_AUTH_PATH))) {
                throw ApiException.forbidden(PASSWORD_MESSAGE);
            }
            return;
        }
        if (skipHaRoleGate || !store.read(state -> StateData.HA_UNDEFINED.equals(state.haRole))) {
            return;
        }
        boolean open = path.equals(ConnectorResource.HA_ROLE_PATH)
                || path.equals(ConnectorResource.VERSION_PATH)
                || (method.equals("GET") && path.equals(ConnectorResource.CONNECTOR_PATH));
        if (!open) {
            throw ApiException.forbidden(HA_ROLE_MESSAGE);
        }
    }
}
