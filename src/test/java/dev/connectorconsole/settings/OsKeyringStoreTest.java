package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Talks to the real keyring of this machine; on Linux CI that is GNOME Keyring started by .ci/with-keyring. */
class OsKeyringStoreTest {
    @TempDir
    Path settingsDir;

    @Test
    void aConnectorPasswordIsStoredReadAndRemovedInTheKeyringAndNoSettingsFileHoldsIt() throws IOException {
        SecretStore secrets = keyringOrFail();
        ConnectorProfile profile = new ConnectorProfile("keyring-test-" + UUID.randomUUID(), "sapcc:2.19.1",
                "scc-keyring-test", 8443, "https://localhost:8443", null, "Administrator");
        String password = "Kr-" + UUID.randomUUID();

        secrets.put(profile.secretKey(), new Secret(password));
        new SettingsStore(settingsDir).save(AppSettings.defaults().withProfiles(List.of(profile)));

        assertThat(SecretStores.detect().get(profile.secretKey())).map(Secret::value)
                .as("a second store opened on the same keyring reads the password").contains(password);
        assertThat(filesUnder(settingsDir)).isNotEmpty()
                .allSatisfy(file -> assertThat(Files.readString(file)).doesNotContain(password));
        secrets.remove(profile.secretKey());
        assertThat(SecretStores.detect().get(profile.secretKey())).isEmpty();
    }

    /** No keyring is a failure, not a skip: README's test command runs inside a session that has one. */
    private static SecretStore keyringOrFail() {
        SecretStore store = SecretStores.detect();
        assertThat(store.persistent()).withFailMessage("No OS keyring answered (%s): on Linux run the tests inside the"
                + " D-Bus session with an unlocked keyring: bash .ci/with-keyring mvn verify",
                store.description()).isTrue();
        return store;
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
