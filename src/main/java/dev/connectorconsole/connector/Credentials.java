package dev.connectorconsole.connector;

import dev.connectorconsole.common.Secret;
import java.util.Objects;

/** Admin user and password of a connector; toString() never shows the password. */
public record Credentials(String user, Secret password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
