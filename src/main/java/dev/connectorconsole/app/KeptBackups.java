package dev.connectorconsole.app;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * The backups the app takes on its own (before an upgrade, recreate or migration): kept in the {@link BackupStore}
 * under the connector's name, so they appear on the Backups screen, and only the newest {@code keep} of them
 * ({@code AppSettings.backupsKept}). Blocking file and network I/O.
 */
public final class KeptBackups {
    private final BackupStore store;
    private final IntSupplier keep;

    public KeptBackups(BackupStore store, IntSupplier keep) {
        this.store = Objects.requireNonNull(store, "store");
        this.keep = Objects.requireNonNull(keep, "keep");
    }

    public BackupStore store() {
        return store;
    }

    /** Takes a backup through {@code client}, encrypted with {@code password}, and trims the older ones. */
    public BackupEntry take(SccClient client, String connector, Secret password) throws IOException {
        BackupEntry entry = store.take(client, connector, password);
        trim(connector);
        return entry;
    }

    /** Deletes all but the newest backups of the connector; returns how many went. */
    public int trim(String connector) throws IOException {
        List<BackupEntry> deleted = store.keepNewest(connector, Math.max(1, keep.getAsInt()));
        return deleted.size();
    }
}
