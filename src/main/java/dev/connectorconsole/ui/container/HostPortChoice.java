package dev.connectorconsole.ui.container;

import java.util.Optional;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.connectorconsole.engine.PortInUseException;

/**
 * The host port a new container is published on, as typed: what is wrong with it, and a free port proposed when the
 * engine found it taken. Typing again drops the proposal.
 */
final class HostPortChoice {
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper proposed = new ReadOnlyIntegerWrapper(0);

    HostPortChoice(int initial) {
        text.set(String.valueOf(initial));
        text.addListener((obs, old, now) -> {
            proposed.set(0);
            message.set(parse(now).isPresent() ? "" : "A port between 1 and 65535");
        });
    }

    /** The port typed, when it is one. */
    Optional<Integer> chosen() {
        return parse(text.get());
    }

    void show(int port) {
        text.set(String.valueOf(port));
    }

    /** An action found the port taken: says by whom and proposes the free one the engine named. */
    void taken(PortInUseException inUse) {
        proposed.set(inUse.proposedPort());
        message.set("Port " + inUse.port() + " is used by " + inUse.holder().orElse("another program") + ".");
    }

    void useProposed() {
        if (proposed.get() > 0) {
            show(proposed.get());
        }
    }

    static Optional<Integer> parse(String text) {
        try {
            int port = Integer.parseInt(text == null ? "" : text.trim());
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    StringProperty textProperty() { return text; }
    ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    ReadOnlyIntegerProperty proposedProperty() { return proposed.getReadOnlyProperty(); }
}
