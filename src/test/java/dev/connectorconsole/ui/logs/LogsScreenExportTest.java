package dev.connectorconsole.ui.logs;

import dev.connectorconsole.app.EngineLogStreams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.TestEngine;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.ControlsFxNotifier;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/**
 * "Export…" on the real Logs screen, following a real container on the real engine. The save location comes from a
 * chooser standing in for the native save dialog (which no robot can drive): choosing nothing writes nothing and
 * says nothing; choosing a file writes exactly the lines the user saw, with or without their time stamps, and says so
 * in a notification.
 */
@ExtendWith(ApplicationExtension.class)
class LogsScreenExportTest {
    private static final String SCRIPT = String.join("\n",
            "echo 'Cloud Connector starting'",
            "i=1",
            "while [ $i -le 12 ]; do echo \"tunnel check $i ok\"; i=$((i+1)); done",
            "printf '\\033[31mERROR\\033[0m handshake with cf.eu10 failed once\\n' >&2",
            "echo 'ready: listening on 8443'",
            "trap 'exit 0' TERM",
            "while true; do sleep 1; done");
    private static final int LINES = 15;

    private static TestEngine docker;
    private static String container;

    private final EngineConnection engine = EngineTestSupport.connect();
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private final List<Window> askedFrom = new CopyOnWriteArrayList<>();
    private final AtomicInteger asked = new AtomicInteger();
    private volatile Path answer;
    private LogsScreen screen;
    private Stage stage;

    @BeforeAll
    static void startContainer() {
        docker = TestEngine.connect();
        container = docker.runShell(SCRIPT);
    }

    @AfterAll
    static void removeContainer() {
        docker.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Notifier shown = new ControlsFxNotifier(() -> stage);
        Notifier notifier = new Notifier() {
            @Override public void info(String title, String text) { record("info", title, text); shown.info(title, text); }
            @Override public void success(String title, String text) {
                record("success", title, text);
                shown.success(title, text);
            }
            @Override public void failure(String title, String text) {
                record("failure", title, text);
                shown.failure(title, text);
            }
        };
        LogsViewModel model = new LogsViewModel(new EngineLogStreams(() -> engine, () -> container), tasks, notifier,
                100_000, Clock.systemUTC());
        screen = new LogsScreen(model, owner -> {
            askedFrom.add(owner);
            asked.incrementAndGet();
            return answer;
        });
        Scene scene = new Scene((Parent) screen.view(), 1000, 640);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    private void record(String kind, String title, String text) {
        notified.add(kind + ": " + title + ": " + text);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.close();
        engine.close();
    }

    @Test
    void exportWritesTheLinesTheUserSawAndChoosingNothingWritesNothing(FxRobot robot, @TempDir Path dir)
            throws Exception {
        ListView<LogLine> list = robot.lookup("#log-list").queryListView();
        await("the container's lines on screen", () -> list.getItems().size() == LINES
                && shownLines(list).size() == LINES);
        Button export = robot.lookup("#log-export").queryButton();
        assertThat(export.isDisabled()).isFalse();

        // The user closes the save dialog without choosing: nothing is written, nothing is reported.
        answer = null;
        robot.clickOn(export);
        await("the save dialog", () -> asked.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(askedFrom).containsExactly(stage);
        assertThat(filesIn(dir)).isEmpty();
        assertThat(notified).isEmpty();
        assertThat(notificationsOnScreen()).isEmpty();
        assertThat(export.isDisabled()).isFalse();

        // Time stamps shown: the file has each line the user saw, at the same instant, in the same order.
        List<String> seenWithTimes = shownLines(list);
        // (stdout and stderr reach the engine through separate pipes, so where the error line lands may vary)
        assertThat(seenWithTimes).anySatisfy(line -> assertThat(line).endsWith("  Cloud Connector starting"))
                .anySatisfy(line -> assertThat(line).endsWith("  ERROR handshake with cf.eu10 failed once"));
        Path withTimes = dir.resolve("connector-log.txt");
        answer = withTimes;
        robot.clickOn(export);
        await("the export notification", () -> notificationsOnScreen().stream()
                .anyMatch(text -> text.equals(LINES + " lines written to " + withTimes)));
        assertThat(notified).containsExactly("success: Log exported: " + LINES + " lines written to " + withTimes);
        List<String> exported = Files.readAllLines(withTimes, StandardCharsets.UTF_8);
        assertThat(exported.stream().map(LogsScreenExportTest::asShownWithTime).toList())
                .containsExactlyElementsOf(seenWithTimes);
        await("the export button back", () -> !export.isDisabled());

        // Time stamps hidden: the file holds the lines exactly as the user reads them.
        robot.clickOn("#log-timestamps");
        List<String> texts = WaitForAsyncUtils.asyncFx(() -> list.getItems().stream().map(LogLine::text).toList())
                .get(10, TimeUnit.SECONDS);
        await("the lines without time", () -> shownLines(list).equals(texts));
        List<String> seenPlain = shownLines(list);
        Path plain = dir.resolve("connector-log-plain.log");
        answer = plain;
        robot.clickOn(export);
        await("the second export", () -> notified.size() == 2);
        assertThat(notified.get(1)).isEqualTo("success: Log exported: " + LINES + " lines written to " + plain);
        assertThat(Files.readAllLines(plain, StandardCharsets.UTF_8)).containsExactlyElementsOf(seenPlain);
        assertThat(seenPlain).contains("Cloud Connector starting", "tunnel check 12 ok",
                "ERROR handshake with cf.eu10 failed once", "ready: listening on 8443");

        assertThat(filesIn(dir)).containsExactlyInAnyOrder("connector-log.txt", "connector-log-plain.log");
    }

    /**
     * An exported line ("2026-11-25 09:12:34.567 text", the local time as the screen and a copy show it) with the
     * screen's wider gap between time and text.
     */
    private static String asShownWithTime(String exportedLine) {
        int afterTime = "2026-11-25 09:12:34.567".length();
        assertThat(exportedLine.charAt(afterTime)).isEqualTo(' ');
        return exportedLine.substring(0, afterTime) + "  " + exportedLine.substring(afterTime + 1);
    }

    /** The text of every log line drawn on screen, top to bottom. */
    private static List<String> shownLines(ListView<LogLine> list) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof LogLineCell cell && cell.isVisible() && cell.getItem() != null)
                .map(n -> (LogLineCell) n)
                .sorted(Comparator.comparingInt(LogLineCell::getIndex))
                .map(cell -> cell.getGraphic() instanceof TextFlow flow ? textOf(flow) : "")
                .distinct()
                .toList()).get(10, TimeUnit.SECONDS);
    }

    private static String textOf(TextFlow flow) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) {
            if (child instanceof Text part) {
                text.append(part.getText());
            }
        }
        return text.toString();
    }

    /** The texts of the notifications showing in any window. */
    private static List<String> notificationsOnScreen() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    for (Node bar : window.getScene().getRoot().lookupAll(".notification-bar")) {
                        if (bar.isVisible()) {
                            bar.lookupAll(".label").stream().filter(n -> n instanceof Labeled)
                                    .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank())
                                    .forEach(texts::add);
                        }
                    }
                }
            }
            return texts;
        }).get(10, TimeUnit.SECONDS);
    }

    private static List<String> filesIn(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static void await(String what, CheckedCondition condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.holds();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("gave up waiting for: " + what, e);
        }
    }

    @FunctionalInterface
    private interface CheckedCondition {
        boolean holds() throws Exception;
    }
}
