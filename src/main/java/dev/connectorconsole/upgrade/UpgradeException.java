package dev.connectorconsole.upgrade;

/** A step of an upgrade that cannot go on; the message is one sentence for the user, without secrets. */
public final class UpgradeException extends Exception {
    public UpgradeException(String message) {
        super(message);
    }
}
