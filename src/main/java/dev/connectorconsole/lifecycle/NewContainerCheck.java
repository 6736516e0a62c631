package dev.connectorconsole.lifecycle;

/**
 * A further check of the new connector once it answers and its subaccounts are all there (for example, that it
 * reports the version an upgrade installed). Throwing fails the replacement, which then puts the old container back;
 * the exception's message is shown to the user and must name no secret.
 */
@FunctionalInterface
public interface NewContainerCheck {
    void verify() throws Exception;
}
