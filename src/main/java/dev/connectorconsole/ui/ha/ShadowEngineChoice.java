package dev.connectorconsole.ui.ha;

import dev.connectorconsole.app.ShadowContainers;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where "Make a high-availability pair" puts the shadow: this connector's engine, or another engine from Settings;
 * and the note saying how the shadow will reach the master and what changes on the master first, asked of the
 * engines off the FX thread each time the choice changes.
 */
public final class ShadowEngineChoice {
    public static final String SAME_ENGINE = "This connector's engine";

    private final ObservableList<String> engines = FXCollections.observableArrayList(SAME_ENGINE);
    private final StringProperty chosen = new SimpleStringProperty(SAME_ENGINE);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ShadowSource source;
    private final BackgroundTasks tasks;
    private int asked;

    ShadowEngineChoice(ShadowSource source, BackgroundTasks tasks) {
        this.source = source;
        this.tasks = tasks;
        chosen.addListener((obs, old, now) -> describe());
    }

    /** The engines from Settings again (the choice kept while it is still there), and the note for the chosen one. */
    void refresh() {
        String keep = chosen.get();
        List<String> all = new ArrayList<>(List.of(SAME_ENGINE));
        all.addAll(source.containers().otherEngines());
        if (!all.equals(engines)) {
            engines.setAll(all);
        }
        String next = keep != null && all.contains(keep) ? keep : SAME_ENGINE;
        if (next.equals(chosen.get())) {
            describe();
        } else {
            chosen.set(next);
        }
    }

    /** The engine's name in Settings; null for the master's own engine. */
    String engineName() {
        String value = chosen.get();
        return value == null || SAME_ENGINE.equals(value) ? null : value;
    }

    private void describe() {
        Optional<String> container = source.masterContainer().get();
        int ticket = ++asked;
        if (container.isEmpty()) {
            note.set("");
            return;
        }
        String engine = engineName();
        if (engine == null) {
            note.set(ShadowContainers.sameEngineNote(container.get()));
            return;
        }
        note.set("Asking engine '" + engine + "' how a shadow there reaches " + container.get() + "…");
        tasks.submit("how a shadow on " + engine + " reaches the master",
                () -> source.containers().describe(container.get(), engine),
                text -> {
                    if (ticket == asked) {
                        note.set(text);
                    }
                },
                failure -> {
                    if (ticket == asked) {
                        note.set("Engine '" + engine + "' did not answer: " + failure.getMessage());
                    }
                });
    }

    public ObservableList<String> engines() { return engines; }
    public StringProperty chosenProperty() { return chosen; }
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
}
