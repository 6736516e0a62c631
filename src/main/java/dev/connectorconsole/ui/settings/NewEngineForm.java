package dev.connectorconsole.ui.settings;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.NamedEngine;

/** The "add an engine" fields of Settings: checked when added, kept as typed when refused. */
public final class NewEngineForm {
    private final ObservableList<NamedEngine> engines;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final BooleanProperty tlsVerify = new SimpleBooleanProperty(false);
    private final StringProperty certPath = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    NewEngineForm(ObservableList<NamedEngine> engines) {
        this.engines = engines;
    }

    /** The engine as typed (for "Test engine"), valid or not. */
    public EngineSettings asTyped() {
        return asNamed().engine();
    }

    boolean add() {
        NamedEngine typed = asNamed();
        List<String> problems = typed.problems();
        if (!problems.isEmpty()) {
            message.set(problems.get(0));
            return false;
        }
        if (engines.stream().anyMatch(e -> e.name().equalsIgnoreCase(typed.name()))) {
            message.set("There is an engine named '" + typed.name() + "' already");
            return false;
        }
        engines.add(typed);
        clear();
        return true;
    }

    void clear() {
        name.set("");
        host.set("");
        tlsVerify.set(false);
        certPath.set("");
        message.set("");
    }

    private NamedEngine asNamed() {
        return NamedEngine.of(name.get().strip(), host.get().strip(), tlsVerify.get(), certPath.get().strip());
    }

    public StringProperty name() { return name; }
    public StringProperty host() { return host; }
    public BooleanProperty tlsVerify() { return tlsVerify; }
    public StringProperty certPath() { return certPath; }
    /** Why the engine was not added (or removed); empty otherwise. */
    public StringProperty message() { return message; }
}
