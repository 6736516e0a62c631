package dev.connectorconsole.engine;

import java.util.Objects;

/** A failure talking to the Docker engine; {@link #getMessage()} is one sentence a user can act on. */
public class EngineException extends RuntimeException {
    public enum Kind {
        NOT_RUNNING, PERMISSION_DENIED, WRONG_HOST, API_TOO_OLD, TIMEOUT, NAME_CONFLICT, IMAGE_MISSING, PORT_IN_USE,
        NOT_FOUND, BUILD_FAILED, CANCELLED, OTHER
    }

    private final Kind kind;

    public EngineException(Kind kind, String message) {
        this(kind, message, null);
    }

    public EngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
