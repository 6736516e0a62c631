package dev.connectorconsole.ui.container;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/**
 * The configuration backup offered before a recreate, migration or removal ("Back up first…"): it goes through the
 * app's sign-in to this connector (pinned, with its credentials), like the Adopt screen's backup when signed in.
 */
public final class ConnectorBackup {
    private final BackgroundTasks tasks;
    private final Supplier<Optional<SccClient>> signedIn;

    ConnectorBackup(BackgroundTasks tasks, Supplier<Optional<SccClient>> signedIn) {
        this.tasks = tasks;
        this.signedIn = signedIn;
    }

    public boolean available() {
        return signedIn.get().isPresent();
    }

    /** Downloads the backup in the background; the callbacks run on the FX thread. */
    public void backup(Secret password, Path target, Runnable onSaved, Consumer<String> onFailure) {
        Optional<SccClient> client = signedIn.get();
        if (client.isEmpty()) {
            onFailure.accept("Sign in to this connector first: the backup goes through the sign-in.");
            return;
        }
        if (password.value().isEmpty()) {
            onFailure.accept("Choose a password for the backup: the connector encrypts its secrets with it.");
            return;
        }
        tasks.submitLong("configuration backup", () -> client.get().backup(password, target), size -> onSaved.run(),
                failure -> onFailure.accept("The backup failed: " + failure.getMessage()));
    }
}
