package dev.connectorconsole.lifecycle;

/** A step of a replacement that cannot go on; the message is one sentence for the user. */
final class ReplacementException extends RuntimeException {
    ReplacementException(String message) {
        super(message);
    }
}
