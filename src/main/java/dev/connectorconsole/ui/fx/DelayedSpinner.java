package dev.connectorconsole.ui.fx;

import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A place for a spinner that appears only once the work it stands for has been running for a while: most checks
 * answer within a blink, and a spinner that flashes up and vanishes is noise. The spinner is built the first time it
 * is needed, so a screen that never waits long never pays for it.
 */
public final class DelayedSpinner extends StackPane {
    private final PauseTransition delay;
    private final double size;
    private ProgressIndicator spinner;

    public DelayedSpinner(ObservableBooleanValue busy, Duration after, double size) {
        this.size = size;
        this.delay = new PauseTransition(after);
        delay.setOnFinished(event -> show(busy.get()));
        setManaged(false);
        setVisible(false);
        busy.addListener((obs, was, now) -> follow(now));
        follow(busy.get());
    }

    /** Whether the spinner is on screen now. */
    public boolean isSpinning() {
        return isVisible();
    }

    private void follow(boolean now) {
        if (now) {
            delay.playFromStart();
        } else {
            delay.stop();
            show(false);
        }
    }

    private void show(boolean on) {
        if (on && spinner == null) {
            spinner = new ProgressIndicator();
            spinner.setPrefSize(size, size);
            getChildren().add(spinner);
        }
        setManaged(on);
        setVisible(on);
    }
}
