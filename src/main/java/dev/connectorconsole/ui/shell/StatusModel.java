package dev.connectorconsole.ui.shell;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar shows. Written only on the FX thread (callers marshal through FxThread); the view binds.
 */
public final class StatusModel {
    /** Whether the Docker engine answers. */
    public enum EngineHealth { CHECKING, UP, DOWN }

    private final ReadOnlyStringWrapper engineText = new ReadOnlyStringWrapper("Engine: checking…");
    private final ReadOnlyObjectWrapper<EngineHealth> engineHealth = new ReadOnlyObjectWrapper<>(EngineHealth.CHECKING);
    private final ReadOnlyStringWrapper engineDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper containerState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper containerAsOf = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper connectorText = new ReadOnlyStringWrapper("Connector: not connected");
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");

    public void engineChecking(String endpoint) {
        engineHealth.set(EngineHealth.CHECKING);
        engineText.set("Engine: " + endpoint + " — checking…");
        engineDetail.set("");
    }

    public void engineUp(String endpoint, String version) {
        engineHealth.set(EngineHealth.UP);
        engineText.set("Engine: " + endpoint + " — Docker " + version);
        engineDetail.set("");
    }

    public void engineDown(String endpoint, String reason) {
        engineHealth.set(EngineHealth.DOWN);
        engineText.set("Engine: " + endpoint + " — not answering");
        engineDetail.set(reason);
    }

    /** A state name such as "READY" or "ABSENT"; empty hides the badge. */
    public void containerState(String state) {
        containerState.set(state == null ? "" : state.toUpperCase(Locale.ROOT));
    }

    /**
     * The container screen's mark while it shows a last known state ("As of 18:42:10, refreshing…"), shown beside the
     * badge as the connector's is ("(as of 18:42:10, refreshing…)"); empty: the state is fresh.
     */
    public void containerAsOf(String mark) {
        containerAsOf.set(mark == null || mark.isEmpty() ? "" : "(as of" + mark.substring("As of".length()) + ")");
    }

    public void connector(String text) {
        connectorText.set("Connector: " + text);
    }

    public void error(String message) {
        lastError.set(message == null ? "" : message);
    }

    public ReadOnlyStringProperty engineTextProperty() { return engineText.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<EngineHealth> engineHealthProperty() { return engineHealth.getReadOnlyProperty(); }
    public ReadOnlyStringProperty engineDetailProperty() { return engineDetail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty containerStateProperty() { return containerState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty containerAsOfProperty() { return containerAsOf.getReadOnlyProperty(); }
    public ReadOnlyStringProperty connectorTextProperty() { return connectorText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty lastErrorProperty() { return lastError.getReadOnlyProperty(); }
}
