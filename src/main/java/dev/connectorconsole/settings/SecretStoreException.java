package dev.connectorconsole.settings;

/** The keyring refused or failed; the message never contains a secret. */
public class SecretStoreException extends RuntimeException {
    public SecretStoreException(String message) {
        super(message);
    }
}
