package dev.connectorconsole.ui.shell;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** Which screen is shown; activates the new screen and deactivates the old one on every change. */
public final class Navigation {
    /** Index of the start screen, which has no entry in the sidebar. */
    public static final int START = -1;

    private final Screen start;
    private final List<Screen> screens;
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(Integer.MIN_VALUE);

    public Navigation(Screen start, List<Screen> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("at least one screen is needed");
        }
        this.start = Objects.requireNonNull(start, "start");
        this.screens = List.copyOf(screens);
    }

    public Screen start() {
        return start;
    }

    public void showStart() {
        switchTo(START);
    }

    public List<Screen> screens() {
        return screens;
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Screen current() {
        return screenAt(selected.get());
    }

    public Screen screenAt(int index) {
        if (index == START) {
            return start;
        }
        return index < 0 ? null : screens.get(index);
    }

    public void show(int index) {
        Objects.checkIndex(index, screens.size());
        switchTo(index);
    }

    private void switchTo(int index) {
        if (index == selected.get()) {
            return;
        }
        Screen previous = current();
        if (previous != null) {
            previous.deactivate();
        }
        selected.set(index);
        screenAt(index).activate();
    }

    public void show(Screen screen) {
        int index = screens.indexOf(screen);
        if (index < 0) {
            throw new IllegalArgumentException("not a screen of this window: " + screen.title());
        }
        show(index);
    }

    public void refreshCurrent() {
        Screen screen = current();
        if (screen != null) {
            screen.refresh();
        }
    }

    /** Window closing: the shown screen lets go of its streams. */
    public void deactivateCurrent() {
        Screen screen = current();
        if (screen != null) {
            screen.deactivate();
        }
    }
}
