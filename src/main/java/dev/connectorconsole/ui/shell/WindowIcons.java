package dev.connectorconsole.ui.shell;

import dev.connectorconsole.ui.fx.BackgroundTasks;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window's icons (up to 512 px), read and decoded in the background: not worth delaying the first frame for. */
public final class WindowIcons {
    private static final List<String> SIZES = List.of("icon-32.png", "icon-64.png", "icon-256.png", "icon-512.png");

    private WindowIcons() {}

    public static void load(Stage stage, BackgroundTasks tasks) {
        tasks.submit("window icons", () -> SIZES.stream().map(WindowIcons::icon).toList(), stage.getIcons()::addAll,
                failure -> { });
    }

    private static Image icon(String name) {
        return new Image(WindowIcons.class.getResourceAsStream("/dev/connectorconsole/ui/" + name));
    }
}
