package dev.connectorconsole.ui.ha;

import dev.connectorconsole.app.ShadowMade;
import dev.connectorconsole.app.ShadowRequest;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.SecretStore;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The background part of "Make a high-availability pair": the master's password (typed, else the remembered one),
 * the shadow container made with it, and, when the master's password was remembered, the shadow's remembered too.
 * Blocking; runs on a long-work thread.
 */
final class ShadowMaking {
    /** The shadow made (on {@code shadowEngine}, null: the master's engine) and a client of its admin API signed in as its Administrator. */
    record Result(ShadowMade made, SccClient client) {}

    private final ShadowSource source;

    ShadowMaking(ShadowSource source) {
        this.source = source;
    }

    Result make(String container, SccClient master, ConnectorEndpoint masterAddress, String user, String typedPassword,
                int checkIntervalSeconds, int takeoverDelaySeconds, String shadowEngine, Consumer<String> progress) {
        boolean typed = !typedPassword.isEmpty();
        Secret password = typed ? new Secret(typedPassword)
                : remembered(AdminPasswordKeys.of(masterAddress.host(), masterAddress.port(), user))
                .orElseThrow(() -> new IllegalStateException(
                        "Type this connector's password: the new shadow gets the same one, and none is remembered."));
        ShadowMade made = source.containers().make(ShadowRequest.forMaster(container, user, password,
                checkIntervalSeconds, takeoverDelaySeconds).onEngine(shadowEngine), master, progress);
        if (!typed) {
            store().put(AdminPasswordKeys.of(made.adminHost(), made.hostPort(), made.user()), password);
        }
        SccClient client = new SccClient(new ConnectorEndpoint(made.adminHost(), made.hostPort()),
                new Credentials(made.user(), password), TrustSettings.pinned(made.fingerprint()));
        return new Result(made, client);
    }

    private Optional<Secret> remembered(String key) {
        return source.passwords() == null ? Optional.empty() : store().get(key);
    }

    private SecretStore store() {
        return source.passwords().join();
    }
}
