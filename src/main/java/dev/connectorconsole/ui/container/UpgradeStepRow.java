package dev.connectorconsole.ui.container;

import dev.connectorconsole.upgrade.UpgradeStep;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One step of an upgrade as the dialog shows it: its title, its state, and the last thing it said. */
public final class UpgradeStepRow {
    /** Where the step stands. */
    public enum State {
        WAITING("waiting"), RUNNING("running"), DONE("done"), FAILED("failed"), STOPPED("cancelled");

        private final String text;

        State(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private final UpgradeStep step;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WAITING);
    private final StringProperty detail = new SimpleStringProperty("");

    UpgradeStepRow(UpgradeStep step) {
        this.step = step;
    }

    public UpgradeStep step() { return step; }
    public ObjectProperty<State> stateProperty() { return state; }
    public StringProperty detailProperty() { return detail; }
}
