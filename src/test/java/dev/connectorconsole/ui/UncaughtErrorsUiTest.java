package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsUiTest {
    private static final Path LOG_FILE = Path.of(System.getProperty("java.io.tmpdir"), "connector-console", "connector-console.log");
    private final UncaughtErrors errors = new UncaughtErrors(LOG_FILE);
    private Stage stage;

    /** A window of its own: the shared primary stage stays shown, at the size later tests expect. */
    @Start
    void start(Stage primary) {
        stage = new Stage();
        stage.setScene(new Scene(new StackPane(new Label("main window")), 400, 300));
        stage.show();
        errors.setOwner(stage);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void anUncaughtErrorShowsOneDialogNamingTheLogFileAndTheWindowStaysOpen(FxRobot robot) throws Exception {
        failOnAThread("refresh-worker", new IllegalStateException("the engine went away"));
        failOnAThread("refresh-worker", new IllegalStateException("a second failure"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#uncaught-error-dialog").tryQuery().isPresent());

        DialogPane dialog = robot.lookup("#uncaught-error-dialog").queryAs(DialogPane.class);
        String text = ((Label) dialog.getContent()).getText();
        assertThat(text).contains("IllegalStateException: the engine went away", "thread refresh-worker",
                LOG_FILE.toString(), "You can keep working");
        assertThat(robot.lookup("#uncaught-error-dialog").queryAll()).hasSize(1);

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#uncaught-error-dialog").tryQuery()).isEmpty();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anErrorWhileTheAppIsClosingIsOnlyLoggedSoTheAppCanEnd(FxRobot robot) throws Exception {
        robot.interact(stage::hide);

        failOnAThread("closing-worker", new IllegalStateException("too late"));
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#uncaught-error-dialog").tryQuery()).isEmpty();
    }

    private void failOnAThread(String name, RuntimeException failure) throws InterruptedException {
        Thread thread = new Thread(() -> {
            throw failure;
        }, name);
        thread.setUncaughtExceptionHandler(errors);
        thread.start();
        thread.join();
    }
}
