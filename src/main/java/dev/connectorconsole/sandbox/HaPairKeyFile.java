package dev.connectorconsole.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps the pair's key ({@link HaPairKey}) across restarts, as a real connector keeps the certificates the pair
 * exchanged at CONNECT: so that a restarted shadow rejoins its master, and a restarted master lets it, without the
 * admin's password. Never in {@code state.json}: a PKCS#12 key store in the data folder, readable by the owner only,
 * protected like the UI key store ({@link UiCertificate}, the real connector's {@code ks.store}).
 */
final class HaPairKeyFile {
    static final String FILE_NAME = "ha-pair-key.p12";
    private static final String ALIAS = "ha-pair";
    /** App-internal, like {@link UiCertificate}'s: the key store guards the key as the connector's own key store does. */
    private static final char[] STORE_PASSWORD = "connector-console-sandbox-ha".toCharArray();

    private final Path file;

    HaPairKeyFile(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** The kept key, or null when none is kept (never paired, reset, or a data folder from before keys were kept). */
    String load() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), STORE_PASSWORD);
            KeyStore.Entry entry = store.getEntry(ALIAS, new KeyStore.PasswordProtection(STORE_PASSWORD));
            return entry instanceof KeyStore.SecretKeyEntry secret
                    ? Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getSecretKey().getEncoded()) : null;
        } catch (IOException | GeneralSecurityException e) {
            return null; // unreadable: the pair has to CONNECT again with the master's credentials
        }
    }

    /** Keeps {@code key} (as {@link HaPairKey#newKey} makes them), or forgets the kept one when null. */
    void save(String key) {
        try {
            if (key == null) {
                Files.deleteIfExists(file);
                return;
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setEntry(ALIAS, new KeyStore.SecretKeyEntry(new SecretKeySpec(Base64.getUrlDecoder().decode(key),
                    "AES")), new KeyStore.PasswordProtection(STORE_PASSWORD));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, STORE_PASSWORD);
            PrivateFiles.writeAtomically(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the HA pair's key in " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot keep the HA pair's key: " + e.getMessage(), e);
        }
    }
}
