package dev.connectorconsole.ui.container;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.BackupFirst;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/**
 * The configuration backup before a recreate, migration or removal, through the app's sign-in to this connector
 * (pinned, with its credentials): "Back up first…" into a file of the user's choice, and the automatic one kept in the
 * app's folder when a backup password is remembered ({@link BackupBeforeChange}).
 */
public final class ConnectorBackup {
    private final BackgroundTasks tasks;
    private final Supplier<Optional<SccClient>> signedIn;
    private final BackupBeforeChange automatic;
    private BackupFirst ownSignIn;
    private Supplier<BackupFirst.Target> target;
    private Consumer<String> pin;

    ConnectorBackup(BackgroundTasks tasks, Supplier<Optional<SccClient>> signedIn, BackupBeforeChange automatic) {
        this.tasks = tasks;
        this.signedIn = signedIn;
        this.automatic = automatic;
    }

    /**
     * Without the app's sign-in, "Back up first" signs in on its own for {@code target()} (the selected connector's
     * address, user and pinned certificate); {@code pin} keeps a certificate trusted there in the profile.
     */
    public void ownSignIn(BackupFirst backups, Supplier<BackupFirst.Target> target, Consumer<String> pin) {
        this.ownSignIn = backups;
        this.target = target;
        this.pin = pin;
    }

    /** The confirmation's "Back up first" with a sign-in of its own; empty when signed in or not set up. */
    Optional<BackupFirstChoice> ownSignInChoice() {
        if (available() || ownSignIn == null) {
            return Optional.empty();
        }
        return Optional.of(new BackupFirstChoice(tasks, ownSignIn, target.get(), pin));
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

    /** Whether a backup is taken on its own before a change (signed in, a password remembered); answer on the FX thread. */
    void automaticFor(String connector, Consumer<Boolean> onAnswer) {
        if (automatic == null || !available()) {
            onAnswer.accept(false);
            return;
        }
        tasks.submit("remembered backup password", () -> automatic.possible(connector), onAnswer,
                failure -> onAnswer.accept(false));
    }

    /** Takes the automatic backup now; blocking, for the background task of the change it comes before. */
    BackupEntry takeKept(String connector) throws Exception {
        SccClient client = signedIn.get().orElseThrow(() -> new IllegalStateException(
                "the app is no longer signed in to this connector"));
        if (automatic == null) {
            throw new IllegalStateException("no backup folder is set up");
        }
        return automatic.take(client, connector);
    }

    /**
     * Runs {@code backUp} (null: none) before the {@code change}, blocking; "" without one, else the sentence naming
     * the kept backup. A failed backup throws, saying that nothing was changed.
     */
    static String takeFirst(Callable<String> backUp, String change, Consumer<String> steps) {
        if (backUp == null) {
            return "";
        }
        steps.accept("Backing up the configuration first");
        try {
            return " The backup " + backUp.call() + " taken before is on the Backups screen.";
        } catch (Exception e) {
            throw new IllegalStateException("The backup before the " + change + " failed (" + e.getMessage()
                    + "), so nothing was changed.");
        }
    }
}
