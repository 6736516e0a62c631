package dev.connectorconsole.settings;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.connectorconsole.common.Secret;
import java.util.Optional;

/**
 * The operating system's keyring through java-keyring: Windows Credential Manager, macOS Keychain or the freedesktop
 * Secret Service (GNOME Keyring, KWallet). Messages name keys, never secrets.
 */
final class OsKeyringStore implements SecretStore {
    static final String DOMAIN = "connector-console";
    private static final String PROBE_KEY = "availability-probe";

    private final Keyring keyring;

    private OsKeyringStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** The keyring of this OS when it stores, reads and removes a probe entry; empty when none answers. */
    static Optional<OsKeyringStore> open() {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (Exception | LinkageError e) {
            return Optional.empty();
        }
        OsKeyringStore store = new OsKeyringStore(keyring);
        try {
            store.put(PROBE_KEY, new Secret("probe"));
            boolean readBack = store.get(PROBE_KEY).map(Secret::value).filter("probe"::equals).isPresent();
            store.remove(PROBE_KEY);
            return readBack ? Optional.of(store) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, Secret secret) {
        try {
            keyring.setPassword(DOMAIN, key, secret.value());
        } catch (Exception e) {
            throw new SecretStoreException("The keyring did not store the password for " + key);
        }
    }

    /** The library reports a missing entry and a failed read alike; the keyring answered when it was opened. */
    @Override
    public Optional<Secret> get(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(DOMAIN, key)).map(Secret::new);
        } catch (Exception e) {
            if (e instanceof PasswordAccessException) {
                return Optional.empty();
            }
            throw new SecretStoreException("The keyring could not be read for " + key);
        }
    }

    @Override
    public void remove(String key) {
        try {
            keyring.deletePassword(DOMAIN, key);
        } catch (Exception e) {
            if (get(key).isPresent()) {
                throw new SecretStoreException("The keyring did not remove the password for " + key);
            }
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "Passwords are kept in the operating system's keyring";
    }

    @Override
    public String toString() {
        return "OsKeyringStore[" + DOMAIN + "]";
    }
}
