package dev.connectorconsole.image;

import java.io.IOException;

/** A build context cannot be prepared or used; the message is a sentence the user can act on. */
public class BuildContextException extends IOException {
    public BuildContextException(String message) {
        super(message);
    }

    public BuildContextException(String message, Throwable cause) {
        super(message, cause);
    }
}
