package dev.connectorconsole.settings;

import dev.connectorconsole.common.Secret;
import java.util.Optional;

/** Keeps passwords out of settings files: in the desktop keyring when there is one, otherwise in memory. */
public interface SecretStore {
    void put(String key, Secret secret) throws SecretStoreException;

    Optional<Secret> get(String key) throws SecretStoreException;

    void remove(String key) throws SecretStoreException;

    /** True when secrets survive a restart of the app. */
    boolean persistent();

    /** One sentence for the user saying where passwords are kept. */
    String description();
}
