package dev.connectorconsole.ui.shell;

import java.util.Locale;

import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** A small rounded label for a container state; its colour comes from CSS through a pseudo-class per state. */
public final class StateBadge extends Label {
    private static final String[] STATES = {"absent", "created", "starting", "ready", "unhealthy", "stopped"};

    public StateBadge() {
        getStyleClass().add("state-badge");
    }

    public void bindState(ObservableStringValue state) {
        state.addListener((obs, old, now) -> show(now));
        show(state.get());
    }

    public void show(String state) {
        String key = state == null ? "" : state.toLowerCase(Locale.ROOT);
        for (String s : STATES) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(s), s.equals(key));
        }
        setText(key.isEmpty() ? "" : Character.toUpperCase(key.charAt(0)) + key.substring(1));
        setVisible(!key.isEmpty());
        setManaged(!key.isEmpty());
    }
}
