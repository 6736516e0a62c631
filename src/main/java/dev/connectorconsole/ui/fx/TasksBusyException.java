package dev.connectorconsole.ui.fx;

/**
 * Work was refused because every background thread is taken and the queue is full, typically because the engine or
 * the connector stopped answering. The message says so in a sentence the user can act on.
 */
public final class TasksBusyException extends RuntimeException {
    public TasksBusyException(String description) {
        super("Not started (" + description + "): earlier actions are still waiting for an answer."
                + " Try again once the engine or the connector answers.");
    }
}
