package dev.connectorconsole.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.session.SandboxConnector;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Back up first" without the app's sign-in, against the sandbox over HTTPS: its own pinned sign-in, into the store. */
class BackupFirstSandboxTest {
    private static final String WRONG_PIN = String.join(":", java.util.Collections.nCopies(32, "AB"));
    @TempDir Path dir;
    private SandboxServer server;
    private BackupStore store;
    private InMemorySecretStore secrets;
    private BackupFirst backups;
    private BackupFirst.Target target;

    @BeforeEach
    void start() {
        server = SandboxConnector.start(dir.resolve("sandbox"));
        SandboxConnector.signedIn(server).close();
        store = new BackupStore(dir.resolve("backups"));
        secrets = new InMemorySecretStore("in memory for the test");
        backups = new BackupFirst(new KeptBackups(store, () -> 3), () -> secrets);
        target = new BackupFirst.Target("cc-test-plant", new ConnectorEndpoint("127.0.0.1", server.port()),
                "Administrator", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void showsThePresentedCertificateAndBacksUpPinnedToIt() throws Exception {
        String presented = backups.presentedCertificate(target).sha256();
        assertThat(presented).isEqualTo(server.certificateSha256());

        BackupEntry entry = backups.take(target.pinnedTo(presented), new Secret(SandboxConnector.NEW_PASSWORD),
                new Secret("Backup-pass-1"));

        assertThat(store.list("cc-test-plant").entries()).extracting(BackupEntry::file).containsExactly(entry.file());
        assertThat(entry.size()).isPositive();
    }

    @Test
    void anotherCertificateThanThePinnedOneStopsTheBackup() throws Exception {
        assertThatThrownBy(() -> backups.take(target.pinnedTo(WRONG_PIN), new Secret(SandboxConnector.NEW_PASSWORD),
                new Secret("Backup-pass-1"))).isNotNull();
        assertThat(store.list("cc-test-plant").entries()).isEmpty();
    }

    @Test
    void aWrongAdminPasswordStopsTheBackupWithoutNamingIt() throws Exception {
        String typed = "Wrong-admin-77";
        assertThatThrownBy(() -> backups.take(target.pinnedTo(server.certificateSha256()), new Secret(typed),
                new Secret("Backup-pass-1")))
                .satisfies(failure -> assertThat(String.valueOf(failure.getMessage())).doesNotContain(typed));
        assertThat(store.list("cc-test-plant").entries()).isEmpty();
    }

    @Test
    void readsTheRememberedAdminAndBackupPasswords() {
        assertThat(backups.rememberedAdminPassword(target)).isEmpty();
        secrets.put(AdminPasswordKeys.of("127.0.0.1", server.port(), "Administrator"), new Secret("remembered-1"));
        new BackupPasswords(secrets).remember("cc-test-plant", new Secret("backup-remembered"));

        assertThat(backups.rememberedAdminPassword(target)).contains(new Secret("remembered-1"));
        assertThat(backups.rememberedBackupPassword(target)).contains(new Secret("backup-remembered"));
    }

    @Test
    void noPinnedCertificateMeansNoSignIn() throws Exception {
        assertThatThrownBy(() -> backups.take(target, new Secret(SandboxConnector.NEW_PASSWORD),
                new Secret("Backup-pass-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.list("cc-test-plant").entries()).isEmpty();
    }
}
