package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoresTest {
    @TempDir
    Path work;

    @Test
    void withoutADesktopSessionPasswordsStayInMemoryAndTheUserIsTold() {
        SecretStore store = SecretStores.detect(Map.of("PATH", "/usr/bin:/bin"));

        assertThat(store.persistent()).isFalse();
        assertThat(store.description())
                .isEqualTo("No desktop keyring found: passwords are kept in memory until the app closes");
    }

    @Test
    void memoryKeepsPasswordsAndNeverPrintsThem() {
        InMemorySecretStore store = new InMemorySecretStore(SecretStores.NO_KEYRING);
        store.put("connector/dev/admin-password", new Secret("hunter2-Secret"));

        assertThat(store.get("connector/dev/admin-password")).map(Secret::value).contains("hunter2-Secret");
        assertThat(store.toString()).doesNotContain("hunter2");
        assertThat(store.get("connector/dev/admin-password").orElseThrow().toString()).isEqualTo("***");
        store.remove("connector/dev/admin-password");
        assertThat(store.get("connector/dev/admin-password")).isEmpty();
    }

    @Test
    void aKeyringThatDoesNotAnswerFallsBackToMemoryAndSaysSo() throws Exception {
        // The library reads the bus address from the JVM's own environment, so the probe runs in a JVM of its own.
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KeyringProbe.class.getName());
        builder.environment().put("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + work.resolve("no-bus"));
        builder.redirectErrorStream(true);
        Process probe = builder.start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("persistent=false")
                .contains("The desktop keyring did not answer: passwords are kept in memory until the app closes");
    }

    /** Prints what {@link SecretStores#detect()} chose for this JVM's environment. */
    public static final class KeyringProbe {
        public static void main(String[] args) {
            SecretStore store = SecretStores.detect();
            System.out.println("persistent=" + store.persistent() + " " + store.description());
        }
    }
}
