package dev.connectorconsole.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DelayedSpinnerTest {
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private DelayedSpinner spinner;

    private Stage window;

    /** A window of its own: the shared primary stage keeps the size later tests expect. */
    @Start
    void start(Stage primary) {
        spinner = new DelayedSpinner(busy, Duration.millis(300), 14);
        window = new Stage();
        window.setScene(new Scene(new HBox(spinner), 200, 100));
        window.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void aLongWaitShowsTheSpinnerAfterTheDelayAndTheEndHidesIt(FxRobot robot) throws Exception {
        robot.interact(() -> busy.set(true));
        assertThat(spinner.isSpinning()).isFalse();
        assertThat(robot.lookup(".progress-indicator").tryQuery()).isEmpty();

        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, spinner::isSpinning);
        assertThat(robot.lookup(".progress-indicator").queryAs(ProgressIndicator.class).isVisible()).isTrue();

        robot.interact(() -> busy.set(false));
        assertThat(spinner.isSpinning()).isFalse();
        assertThat(spinner.isManaged()).isFalse();
    }

    @Test
    void aWaitShorterThanTheDelayNeverShowsASpinner(FxRobot robot) {
        robot.interact(() -> busy.set(true));
        robot.sleep(100);
        robot.interact(() -> busy.set(false));
        robot.sleep(500);

        assertThat(spinner.isSpinning()).isFalse();
        assertThat(robot.lookup(".progress-indicator").tryQuery()).isEmpty();
    }
}
