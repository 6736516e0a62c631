package dev.connectorconsole.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
    void aSessionBusWithoutSecretToolAlsoFallsBackToMemory() throws IOException {
        Path emptyBin = Files.createDirectories(work.resolve("bin"));

        SecretStore store = SecretStores.detect(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus",
                "PATH", emptyBin.toString()));

        assertThat(store.persistent()).isFalse();
    }

    @Test
    void thisMachineHasNoKeyringSoTheRealDetectionFallsBack() {
        SecretStore store = SecretStores.detect();

        assertThat(store.persistent()).isFalse();
        assertThat(store.description()).endsWith("passwords are kept in memory until the app closes");
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
    void aKeyringThatAnswersIsUsedAndPasswordsNeverAppearOnTheCommandLine() throws IOException {
        Path bin = fakeSecretTool("""
                #!/bin/sh
                echo "$@" >> "$VAULT/argv.log"
                cmd="$1"; shift
                case "$cmd" in
                  store) shift; key="$4"; cat > "$VAULT/$(echo "$key" | tr / _)" ;;
                  lookup) key="$4"; f="$VAULT/$(echo "$key" | tr / _)"; [ -f "$f" ] || exit 1; cat "$f" ;;
                  clear) key="$4"; rm -f "$VAULT/$(echo "$key" | tr / _)" ;;
                esac
                """);

        SecretStore store = SecretStores.detect(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus",
                "PATH", bin.toString()));

        assertThat(store.persistent()).isTrue();
        assertThat(store.description()).isEqualTo("Passwords are kept in the desktop keyring (Secret Service)");
        store.put("connector/dev/admin-password", new Secret("Correct Horse 42"));
        assertThat(store.get("connector/dev/admin-password")).map(Secret::value).contains("Correct Horse 42");
        store.remove("connector/dev/admin-password");
        assertThat(store.get("connector/dev/admin-password")).isEmpty();
        assertThat(work.resolve("vault/argv.log")).content().contains("store").doesNotContain("Correct Horse");
    }

    @Test
    void aKeyringThatDoesNotAnswerFallsBackToMemory() throws IOException {
        Path bin = fakeSecretTool("""
                #!/bin/sh
                echo "Cannot autolaunch D-Bus without X11 \\$DISPLAY" >&2
                exit 1
                """);

        SecretStore store = SecretStores.detect(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere",
                "PATH", bin.toString()));

        assertThat(store.persistent()).isFalse();
        assertThat(store.description())
                .isEqualTo("The desktop keyring did not answer: passwords are kept in memory until the app closes");
    }

    /** A stand-in secret-tool that keeps secrets in files under work/vault (VAULT is read from its environment). */
    private Path fakeSecretTool(String script) throws IOException {
        Path vault = Files.createDirectories(work.resolve("vault"));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, script.replace("$VAULT", vault.toString()));
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        return bin;
    }
}
