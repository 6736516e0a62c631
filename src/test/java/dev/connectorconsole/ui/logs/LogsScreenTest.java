package dev.connectorconsole.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
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

@ExtendWith(ApplicationExtension.class)
class LogsScreenTest {
    private final HighRateFeed feed = new HighRateFeed(20_000, 2_000_000);
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private LogsScreen screen;

    @Start
    void start(Stage stage) {
        Notifier silent = new Notifier() {
            @Override public void info(String title, String text) { }
            @Override public void success(String title, String text) { }
            @Override public void failure(String title, String text) { }
        };
        LogsViewModel model = new LogsViewModel(feed, tasks, silent, 100_000, Clock.systemUTC());
        screen = new LogsScreen(model);
        Theme theme = new Theme(false);
        Scene scene = new Scene((javafx.scene.Parent) screen.view(), 1000, 640);
        theme.attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.close();
    }

    private ListView<LogLine> list(FxRobot robot) {
        return robot.lookup("#log-list").queryListView();
    }

    private static boolean atBottom(ListView<LogLine> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> last = flow.getLastVisibleCell();
        return last != null && last.getIndex() >= list.getItems().size() - 1;
    }

    private static String describe(ListView<LogLine> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return "size " + list.getItems().size() + " first " + flow.getFirstVisibleCell().getIndex()
                + " last " + flow.getLastVisibleCell().getIndex() + " position " + flow.getPosition();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(5, TimeUnit.SECONDS);
    }

    @Test
    void followsTheEndWhileAtTheBottomAndOffersAJumpAfterScrollingUp(FxRobot robot) throws Exception {
        ListView<LogLine> list = list(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() > 5_000);
        // Lines keep arriving between two pulses, so "at the end" is judged over a few pulses, not at one instant.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> atBottom(list)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not following the end of a fast log: " + onFx(() -> describe(list)), e);
        }

        robot.moveTo(list).scroll(15, VerticalDirection.UP);
        Button jump = robot.lookup("#jump-to-end").queryButton();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, jump::isVisible);
        int sizeBefore = onFx(() -> list.getItems().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() > sizeBefore + 1000);
        assertThat(onFx(() -> atBottom(list))).as("scrolled up: the view stays where the user left it").isFalse();
        assertThat(jump.getText()).matches("[\\d,]+ new lines");

        robot.clickOn(jump);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !jump.isVisible());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> atBottom(list)));
    }

    @Test
    void pauseFreezesTheListAndResumeCatchesUp(FxRobot robot) throws Exception {
        ListView<LogLine> list = list(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() > 1_000);
        robot.clickOn("#log-pause");
        WaitForAsyncUtils.waitForFxEvents();
        int frozen = onFx(() -> list.getItems().size());
        long producedAtPause = feed.produced();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> feed.produced() > producedAtPause + 2_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> list.getItems().size())).isEqualTo(frozen);
        assertThat(robot.lookup("#log-status").queryLabeled().getText()).contains("paused").contains("waiting");

        robot.clickOn("#log-pause");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list.getItems().size() > frozen + 2_000);
    }

    @Test
    void searchHighlightsMatchesAndFilterShowsOnlyThem(FxRobot robot) throws Exception {
        ListView<LogLine> list = list(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() > 1_000);
        robot.clickOn("#log-search").write("connection reset");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() ->
                !list.lookupAll(".log-match").isEmpty()));
        List<String> highlighted = onFx(() -> list.lookupAll(".log-match").stream()
                .filter(Node::isVisible).map(n -> ((Text) n).getText()).distinct().toList());
        assertThat(highlighted).containsExactly("connection reset");

        robot.clickOn("#log-filter");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = onFx(() -> list.getItems().stream().map(LogLine::text).toList());
        assertThat(shown).isNotEmpty().allMatch(text -> text.contains("connection reset"));

        robot.clickOn("#log-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> list.getSelectionModel().getSelectedItem().text())).contains("connection reset");
    }
}
