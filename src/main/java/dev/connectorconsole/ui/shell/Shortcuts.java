package dev.connectorconsole.ui.shell;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Window-wide keyboard shortcuts; the composition registers what each one does. */
public final class Shortcuts {
    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    /** Ctrl+1…Ctrl+9 go to the n-th screen; F5 refreshes the shown screen. */
    public static Shortcuts forNavigation(Navigation navigation) {
        Shortcuts shortcuts = new Shortcuts();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < navigation.screens().size() && i < digits.length; i++) {
            int index = i;
            shortcuts.add(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> navigation.show(index));
        }
        shortcuts.add(new KeyCodeCombination(KeyCode.F5), navigation::refreshCurrent);
        return shortcuts;
    }

    public Shortcuts add(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    public void installOn(Scene scene) {
        scene.getAccelerators().putAll(actions);
    }
}
