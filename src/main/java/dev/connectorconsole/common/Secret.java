package dev.connectorconsole.common;

import java.util.Objects;

/** A password or other secret: its value is never part of toString(), logs or exception messages. */
public record Secret(String value) {
    public Secret {
        Objects.requireNonNull(value, "value");
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "***";
    }
}
