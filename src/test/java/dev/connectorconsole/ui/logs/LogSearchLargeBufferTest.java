package dev.connectorconsole.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/** A 2,000,000-line buffer is searched on a background thread; the result arrives, counts and highlights. */
@ExtendWith(ApplicationExtension.class)
class LogSearchLargeBufferTest {
    private static final int LINES = 2_000_000;

    private final HighRateFeed feed = new HighRateFeed(LINES, LINES);
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private LogsScreen screen;
    private LogsViewModel model;

    @Start
    void start(Stage stage) {
        Notifier silent = new Notifier() {
            @Override public void info(String title, String text) { }
            @Override public void success(String title, String text) { }
            @Override public void failure(String title, String text) { }
        };
        model = new LogsViewModel(feed, tasks, silent, LINES, Clock.systemUTC());
        screen = new LogsScreen(model);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1000, 640);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void searchingTwoMillionLinesScansOffTheFxThreadAndHighlightsTheMatch(FxRobot robot) throws Exception {
        ListView<LogLine> list = robot.lookup("#log-list").queryListView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> list.getItems().size() == LINES);

        String wanted = "request 1999990 failed";
        robot.clickOn("#log-search").write(wanted);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#log-status").queryLabeled().getText()
                .contains(" · 1 match"));

        LogMatches found = onFx(() -> model.matchesProperty().get());
        assertThat(found.search().query()).isEqualTo(wanted);
        assertThat(found.count()).isEqualTo(1);
        assertThat(found.scannedOn()).as("the scan ran on a background thread").startsWith("cc-test-task");

        robot.clickOn("#log-filter");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> list.getItems().size() == 1));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !list.lookupAll(".log-match").isEmpty()));
        List<String> highlighted = onFx(() -> list.lookupAll(".log-match").stream()
                .filter(Node::isVisible).map(n -> ((Text) n).getText()).distinct().toList());
        assertThat(highlighted).containsExactly(wanted);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
