package dev.connectorconsole.ui.fx;

import javafx.animation.AnimationTimer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Runs an action once the window's first frame is on screen: on the second pulse after the stage was shown (the
 * first pulse lays out and renders the scene). Work that the first frame does not need waits for this.
 */
public final class FirstFrame {
    private FirstFrame() {}

    /**
     * Runs the action now when {@code node}'s window is already on screen (or it has none), otherwise after that
     * window's first frame: a screen shown while the main window opens starts its background work then.
     */
    public static void whenOnScreen(Node node, Runnable action) {
        Window window = node.getScene() == null ? null : node.getScene().getWindow();
        if (window instanceof Stage stage && !stage.isShowing()) {
            after(stage, action);
        } else {
            action.run();
        }
    }

    public static void after(Stage stage, Runnable action) {
        EventHandler<WindowEvent> onShown = new EventHandler<>() {
            @Override
            public void handle(WindowEvent event) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                new AnimationTimer() {
                    private int pulses;

                    @Override
                    public void handle(long now) {
                        if (++pulses == 2) {
                            stop();
                            action.run();
                        }
                    }
                }.start();
            }
        };
        if (stage.isShowing()) {
            onShown.handle(null);
        } else {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, onShown);
        }
    }
}
