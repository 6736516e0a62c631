package dev.connectorconsole.ui.shell;

import dev.connectorconsole.settings.WindowBounds;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Where the window was: put back on start (only onto a screen that is still there), read when it closes. */
public final class WindowPlacement {
    private WindowPlacement() {}

    public static void restore(Stage stage, WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        boolean visible = !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(), bounds.height())
                .isEmpty();
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    public static WindowBounds of(Stage stage) {
        return new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }
}
