package dev.connectorconsole.settings;

import dev.connectorconsole.common.Secret;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for the lifetime of the app only. */
public final class InMemorySecretStore implements SecretStore {
    private final Map<String, Secret> secrets = new ConcurrentHashMap<>();
    private final String description;

    public InMemorySecretStore(String description) {
        this.description = Objects.requireNonNull(description, "description");
    }

    @Override
    public void put(String key, Secret secret) {
        secrets.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(secret, "secret"));
    }

    @Override
    public Optional<Secret> get(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void remove(String key) {
        secrets.remove(key);
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "InMemorySecretStore[" + secrets.size() + " entries]";
    }
}
