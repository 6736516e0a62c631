package dev.connectorconsole.app;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.ServerCertificate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.SecretStore;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The configuration backup before a recreate, migration or removal when the app is not signed in to the connector:
 * a sign-in of its own, pinned to the profile's certificate (or the one the user just trusted), the backup into the
 * app's store ({@link KeptBackups}), and the client closed again. Blocking network, file and secret-store I/O.
 */
public final class BackupFirst {
    /** Whom to back up: the connector's name in the store, its admin address and user, the trusted certificate. */
    public record Target(String connector, ConnectorEndpoint endpoint, String user, String pinnedSha256) {
        public Target {
            Objects.requireNonNull(connector, "connector");
            Objects.requireNonNull(endpoint, "endpoint");
            user = user == null || user.isBlank() ? "Administrator" : user.trim();
            pinnedSha256 = pinnedSha256 == null || pinnedSha256.isBlank() ? null : pinnedSha256;
        }

        public Target pinnedTo(String sha256) {
            return new Target(connector, endpoint, user, sha256);
        }
    }

    private final KeptBackups kept;
    private final Supplier<SecretStore> secrets;

    /** @param secrets the store of remembered admin and backup passwords; may wait for it, never on the FX thread */
    public BackupFirst(KeptBackups kept, Supplier<SecretStore> secrets) {
        this.kept = Objects.requireNonNull(kept, "kept");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** The admin password the sign-in remembered for this address and user, if any. */
    public Optional<Secret> rememberedAdminPassword(Target target) {
        return recall(AdminPasswordKeys.of(target.endpoint().host(), target.endpoint().port(), target.user()));
    }

    /** The backup password remembered for this connector, if any. */
    public Optional<Secret> rememberedBackupPassword(Target target) {
        return recall(BackupPasswords.keyFor(target.connector()));
    }

    /** The certificate the connector presents, read without trusting it or sending anything, to be shown first. */
    public ServerCertificate presentedCertificate(Target target) {
        return CertificateProbe.fetch(target.endpoint().host(), target.endpoint().port());
    }

    /** Signs in pinned to {@code target}'s certificate, takes the backup into the store and signs out again. */
    public BackupEntry take(Target target, Secret adminPassword, Secret backupPassword) throws IOException {
        if (target.pinnedSha256() == null) {
            throw new IllegalArgumentException("no certificate of this connector is trusted yet");
        }
        if (adminPassword == null || adminPassword.value().isEmpty()) {
            throw new IllegalArgumentException("the admin password is missing");
        }
        if (backupPassword == null || backupPassword.value().isEmpty()) {
            throw new IllegalArgumentException("the backup password is missing");
        }
        try (SccClient client = new SccClient(target.endpoint(), new Credentials(target.user(), adminPassword),
                TrustSettings.pinned(target.pinnedSha256()))) {
            return kept.take(client, target.connector(), backupPassword);
        }
    }

    private Optional<Secret> recall(String key) {
        try {
            return secrets.get().get(key);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
