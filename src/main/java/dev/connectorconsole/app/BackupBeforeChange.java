package dev.connectorconsole.app;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The backup taken on its own before a recreate or migration: only when a backup password is remembered for the
 * connector (nothing is asked again), kept in the app's folder with the others ({@link KeptBackups}). Blocking
 * secret-store, file and network I/O.
 */
public final class BackupBeforeChange {
    private final KeptBackups backups;
    private final Supplier<BackupPasswords> passwords;

    public BackupBeforeChange(KeptBackups backups, Supplier<BackupPasswords> passwords) {
        this.backups = backups;
        this.passwords = passwords;
    }

    /** Whether a backup password is remembered for the connector, so a backup can be taken without asking. */
    public boolean possible(String connector) {
        return remembered(connector).isPresent();
    }

    /** Takes and keeps a backup with the remembered password; fails when none is remembered any more. */
    public BackupEntry take(SccClient client, String connector) throws IOException {
        Secret password = remembered(connector).orElseThrow(() -> new IOException(
                "no backup password is remembered for this connector any more"));
        return backups.take(client, connector, password);
    }

    private Optional<Secret> remembered(String connector) {
        try {
            return passwords.get().recall(connector);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
