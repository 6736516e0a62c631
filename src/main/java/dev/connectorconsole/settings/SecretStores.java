package dev.connectorconsole.settings;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.connectorconsole.common.NamedThreads;

/** Chooses where passwords are kept: the desktop keyring when one answers, otherwise memory, and says which. */
public final class SecretStores {
    static final String NO_KEYRING = "No desktop keyring found: passwords are kept in memory until the app closes";

    private SecretStores() {}

    /** For the running JVM's environment, on a thread of its own: probing the keyring waits on the OS. */
    public static CompletableFuture<SecretStore> detectInBackground() {
        return CompletableFuture.supplyAsync(SecretStores::detect,
                runnable -> NamedThreads.factory("cc-keyring-probe").newThread(runnable).start());
    }

    /** For the running JVM's environment. */
    public static SecretStore detect() {
        return detect(System.getenv());
    }

    /**
     * The operating system's keyring when one stores and reads back a probe entry; otherwise an
     * {@link InMemorySecretStore} whose description says why. On Linux the Secret Service is reached over the D-Bus
     * session bus, so without {@code DBUS_SESSION_BUS_ADDRESS} there is none to ask.
     */
    public static SecretStore detect(Map<String, String> env) {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String bus = env.get("DBUS_SESSION_BUS_ADDRESS");
        if (linux && (bus == null || bus.isBlank())) {
            return new InMemorySecretStore(NO_KEYRING);
        }
        return OsKeyringStore.open().<SecretStore>map(store -> store).orElseGet(() -> new InMemorySecretStore(
                "The desktop keyring did not answer: passwords are kept in memory until the app closes"));
    }
}
