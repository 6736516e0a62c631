package dev.connectorconsole.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.settings.InMemorySecretStore;
import org.junit.jupiter.api.Test;

/** The backup password remembered in the secret store, never in a file. */
class BackupPasswordsTest {
    @Test
    void isKeptUnderItsOwnKeyNextToTheAdminPasswordAndCanBeForgotten() throws Exception {
        InMemorySecretStore store = new InMemorySecretStore("in memory for the test");
        BackupPasswords passwords = new BackupPasswords(store);

        passwords.remember("scc-sandbox", new Secret("Remembered-Pw-1"));

        assertThat(store.get("connector/scc-sandbox/backup-password")).map(Secret::value).contains("Remembered-Pw-1");
        assertThat(passwords.recall("scc-sandbox")).map(Secret::value).contains("Remembered-Pw-1");
        assertThat(passwords.recall("other")).isEmpty();
        assertThat(passwords.survivesRestart()).isFalse();
        passwords.forget("scc-sandbox");
        assertThat(passwords.recall("scc-sandbox")).isEmpty();
    }
}
