package dev.connectorconsole.ui.settings;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.connectorconsole.app.EngineProbe.EngineCheck;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.ui.fx.BackgroundTasks;

/** "Test engine" on the Settings screen: asks the engine in the form, off the FX thread, and says what answered. */
public final class EngineTrialModel {
    /** What the last test found: not tested yet, answered, or not. */
    public enum Outcome { NONE, ANSWERED, FAILED }

    private final Function<EngineSettings, EngineCheck> trial;
    private final BackgroundTasks tasks;
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(Outcome.NONE);

    public EngineTrialModel(Function<EngineSettings, EngineCheck> trial, BackgroundTasks tasks) {
        this.trial = trial;
        this.tasks = tasks;
    }

    public void test(EngineSettings engine) {
        testing.set(true);
        outcome.set(Outcome.NONE);
        result.set("Asking the engine…");
        tasks.submitLong("test the Docker engine", () -> trial.apply(engine), check -> {
            testing.set(false);
            outcome.set(check.up() ? Outcome.ANSWERED : Outcome.FAILED);
            result.set(check.up() ? "Docker " + check.version() + " answered at " + check.endpoint() + "."
                    : check.problem());
        }, failure -> {
            testing.set(false);
            outcome.set(Outcome.FAILED);
            result.set("The test could not run: " + failure.getMessage());
        });
    }

    /** Forgets the last answer: the form changed, so it no longer says anything about it. */
    public void clear() {
        if (!testing.get()) {
            outcome.set(Outcome.NONE);
            result.set("");
        }
    }

    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public ReadOnlyStringProperty resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() { return outcome.getReadOnlyProperty(); }
}
