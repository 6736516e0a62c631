package dev.connectorconsole.ui.session;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The admin passwords a session remembers when the user ticks "remember": kept in a {@link SecretStore} (the OS
 * keyring, or memory when there is none, which the store's description says) under a key naming address and user.
 * Store I/O runs through {@link BackgroundTasks}; properties change on the UI thread.
 */
final class RememberedPasswords {
    private final BackgroundTasks tasks;
    private final CompletableFuture<SecretStore> passwords;
    private final ReadOnlyBooleanWrapper persistent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    /** @param passwords the store still being looked for; null: passwords are never remembered */
    RememberedPasswords(BackgroundTasks tasks, CompletableFuture<SecretStore> passwords) {
        this.tasks = tasks;
        this.passwords = passwords;
        if (passwords != null) {
            passwords.thenAccept(store -> tasks.deliveryExecutor().execute(() -> {
                persistent.set(store.persistent());
                description.set(store.description());
            }));
        }
    }

    boolean available() {
        return passwords != null;
    }

    /** Loads the password remembered for this address and user; {@code onMissing} when none is kept or readable. */
    void load(String adminUrl, String userName, Consumer<Secret> onFound, Runnable onMissing) {
        Optional<ConnectorEndpoint> target = AdminUrl.parse(adminUrl);
        if (passwords == null || target.isEmpty() || userName == null || userName.isBlank()) {
            onMissing.run();
            return;
        }
        String key = key(target.get(), userName.trim());
        tasks.submit("read remembered password", () -> passwords.join().get(key),
                found -> found.ifPresentOrElse(secret -> {
                    remember.set(true);
                    onFound.accept(secret);
                }, onMissing),
                failure -> {
                    note.set("The remembered password could not be read: " + failure.getMessage());
                    onMissing.run();
                });
    }

    /** After a successful sign-in: keeps the password when "remember" is ticked, else forgets any kept one. */
    void keepOrForget(ConnectorEndpoint target, Credentials credentials) {
        if (passwords == null) {
            return;
        }
        String key = key(target, credentials.user());
        boolean keep = remember.get();
        Secret secret = credentials.password();
        tasks.submit("remember password", () -> {
            if (keep) {
                passwords.join().put(key, secret);
            } else {
                passwords.join().remove(key);
            }
            return null;
        }, ignored -> note.set(keep && !persistent.get() ? description.get() : ""),
                failure -> note.set("The password could not be remembered: " + failure.getMessage()));
    }

    /** The keyring entry's name: no secret in it. */
    static String key(ConnectorEndpoint endpoint, String userName) {
        return AdminPasswordKeys.of(endpoint.host(), endpoint.port(), userName);
    }

    BooleanProperty rememberProperty() { return remember; }
    ReadOnlyStringProperty descriptionProperty() { return description.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty persistentProperty() { return persistent.getReadOnlyProperty(); }
    ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
