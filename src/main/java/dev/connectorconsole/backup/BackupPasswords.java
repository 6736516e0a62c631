package dev.connectorconsole.backup;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.settings.SecretStoreException;
import java.util.Optional;

/**
 * The backup password of a connector, if the user wants it remembered: kept in the {@link SecretStore} (the OS keyring
 * where one answers, else only in memory — {@link #survivesRestart()} says which), never in a file. Without it, the
 * password is asked for each backup and restore.
 */
public final class BackupPasswords {
    private final SecretStore store;

    public BackupPasswords(SecretStore store) {
        this.store = store;
    }

    /** The key next to the profile's admin password ({@code connector/<name>/admin-password}). */
    public static String keyFor(String connector) {
        return "connector/" + connector + "/backup-password";
    }

    public Optional<Secret> recall(String connector) throws SecretStoreException {
        return store.get(keyFor(connector));
    }

    public void remember(String connector, Secret password) throws SecretStoreException {
        if (password == null || password.value().isEmpty()) {
            throw new IllegalArgumentException("an empty backup password is not remembered");
        }
        store.put(keyFor(connector), password);
    }

    public void forget(String connector) throws SecretStoreException {
        store.remove(keyFor(connector));
    }

    /** True when a remembered password is still there after the app restarts (an OS keyring). */
    public boolean survivesRestart() {
        return store.persistent();
    }
}
