package dev.connectorconsole.ui;

import dev.connectorconsole.ui.shell.ConnectorSwitcher;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.Shortcuts;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's keys: Ctrl+1…9 for the first nine screens, Ctrl+, for Settings, Ctrl+F to search the log, Ctrl+K to switch connectors, Ctrl+Shift+S to start. */
final class MainShortcuts {
    private MainShortcuts() {}

    static void install(Scene scene, Navigation navigation, ConnectorSwitcher switcher, Screen logs,
                        Runnable focusLogSearch, Screen container, Runnable startOrCreate, Screen settings) {
        Shortcuts.forNavigation(navigation)
                .add(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> navigation.show(settings))
                .add(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    navigation.show(logs);
                    focusLogSearch.run();
                })
                .add(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
                    switcher.requestFocus();
                    switcher.show();
                })
                .add(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    navigation.show(container);
                    startOrCreate.run();
                })
                .installOn(scene);
    }
}
