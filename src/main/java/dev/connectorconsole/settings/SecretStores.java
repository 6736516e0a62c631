package dev.connectorconsole.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.connectorconsole.common.NamedThreads;

/** Chooses where passwords are kept: the desktop keyring when one answers, otherwise memory, and says which. */
public final class SecretStores {
    static final String NO_KEYRING = "No desktop keyring found: passwords are kept in memory until the app closes";

    private SecretStores() {}

    /** For the running JVM's environment, on a thread of its own: probing the keyring starts a process. */
    public static CompletableFuture<SecretStore> detectInBackground() {
        return CompletableFuture.supplyAsync(SecretStores::detect,
                runnable -> NamedThreads.factory("cc-keyring-probe").newThread(runnable).start());
    }

    /** For the running JVM's environment. */
    public static SecretStore detect() {
        return detect(System.getenv());
    }

    /**
     * The Secret Service through {@code secret-tool} when {@code DBUS_SESSION_BUS_ADDRESS} is set, the tool is on
     * {@code PATH} and the keyring answers; otherwise an {@link InMemorySecretStore} whose description says why.
     */
    public static SecretStore detect(Map<String, String> env) {
        String bus = env.get("DBUS_SESSION_BUS_ADDRESS");
        Optional<Path> secretTool = onPath(env.get("PATH"), "secret-tool");
        if (bus == null || bus.isBlank() || secretTool.isEmpty()) {
            return new InMemorySecretStore(NO_KEYRING);
        }
        SecretToolStore keyring = new SecretToolStore(secretTool.get());
        if (!keyring.answers()) {
            return new InMemorySecretStore("The desktop keyring did not answer: passwords are kept in memory until"
                    + " the app closes");
        }
        return keyring;
    }

    static Optional<Path> onPath(String path, String program) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
