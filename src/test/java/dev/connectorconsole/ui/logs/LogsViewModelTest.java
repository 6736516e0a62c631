package dev.connectorconsole.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.app.LogStreams.Kind;
import dev.connectorconsole.ui.shell.Notifier;

class LogsViewModelTest {
    private final FakeFeed feed = new FakeFeed();
    private final List<String> notes = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);
    private LogsViewModel model;

    @BeforeEach
    void setUp() {
        Notifier notifier = new Notifier() {
            @Override public void info(String title, String text) { notes.add(title + ": " + text); }
            @Override public void success(String title, String text) { notes.add(title + ": " + text); }
            @Override public void failure(String title, String text) { notes.add("FAILED " + title + ": " + text); }
        };
        model = new LogsViewModel(feed, BackgroundTasks.sameThread(), notifier, 5, clock);
        model.activate();
    }

    private List<String> shown() {
        return model.shownLines().stream().map(LogLine::text).toList();
    }

    @Test
    void pullTakesEverythingTheStreamDeliveredAndKeepsOnlyTheNewestLines() {
        feed.append("a", "b", "c");
        assertThat(model.pull(true)).isTrue();
        assertThat(shown()).containsExactly("a", "b", "c");

        feed.append("d", "e", "f", "g");
        model.pull(true);
        assertThat(shown()).containsExactly("c", "d", "e", "f", "g");
        assertThat(model.pull(true)).isFalse();
    }

    @Test
    void linesArrivingWhileScrolledUpAreCountedUntilTheUserIsBackAtTheEnd() {
        feed.append("a");
        model.pull(true);
        assertThat(model.following()).isTrue();

        feed.append("b", "c");
        model.pull(false);
        assertThat(model.following()).isFalse();
        assertThat(model.newLinesProperty().get()).isEqualTo(2);
        feed.append("d");
        model.pull(false);
        assertThat(model.newLinesProperty().get()).isEqualTo(3);

        model.jumpedToBottom();
        assertThat(model.newLinesProperty().get()).isZero();
        assertThat(model.following()).isTrue();
    }

    @Test
    void pausedShowsNothingNewButSaysHowManyLinesWait() {
        feed.append("a");
        model.pull(true);
        model.pausedProperty().set(true);
        feed.append("b", "c");
        model.pull(true);
        assertThat(shown()).containsExactly("a");
        assertThat(model.waitingProperty().get()).isEqualTo(2);
        assertThat(model.following()).isFalse();

        model.pausedProperty().set(false);
        model.pull(true);
        assertThat(shown()).containsExactly("a", "b", "c");
        assertThat(model.waitingProperty().get()).isZero();
    }

    @Test
    void filterShowsOnlyMatchingLinesAndFindWrapsAround() {
        feed.append("INFO start", "ERROR disk", "INFO ok", "error net");
        model.pull(true);
        model.queryProperty().set("error");
        assertThat(model.findFrom(-1, true)).isEqualTo(1);
        assertThat(model.findFrom(1, true)).isEqualTo(3);
        assertThat(model.findFrom(3, true)).isEqualTo(1);
        assertThat(model.findFrom(1, false)).isEqualTo(3);

        model.filterToMatchesProperty().set(true);
        assertThat(shown()).containsExactly("ERROR disk", "error net");
        model.filterToMatchesProperty().set(false);
        assertThat(shown()).hasSize(4);
    }

    @Test
    void regexSearchSaysWhenTheExpressionIsBroken() {
        model.regexProperty().set(true);
        model.queryProperty().set("ERR(OR");
        assertThat(model.searchProperty().get().isActive()).isFalse();
        assertThat(model.searchProperty().get().problem()).startsWith("Not a valid regular expression");
        model.queryProperty().set("ERR(OR)?\\b");
        assertThat(model.searchProperty().get().problem()).isEmpty();
        assertThat(model.searchProperty().get().matches("ERR here")).isTrue();
    }

    @Test
    void switchingToTheTraceClosesTheContainerStreamAndStartsOver() {
        feed.append("container line");
        model.pull(true);
        model.sourceProperty().set(Kind.TRACE_FILE);
        assertThat(feed.opened).containsExactly(Kind.CONTAINER_LOG, Kind.TRACE_FILE);
        assertThat(feed.closed).containsExactly(true, false);
        assertThat(shown()).isEmpty();
    }

    @Test
    void sinceAndTailAreAskedOfTheEngine() {
        model.tailProperty().set(null);
        model.sinceProperty().set(Duration.ofHours(1));
        assertThat(feed.options.get(feed.options.size() - 1).tail()).isNull();
        assertThat(feed.options.get(feed.options.size() - 1).since()).isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
        assertThat(feed.options.get(feed.options.size() - 1).follow()).isTrue();
    }

    @Test
    void aStreamThatEndsOrBreaksSaysSo() {
        assertThat(model.statusTextProperty().get()).isEqualTo("Following the log of scc-test");
        feed.finished.get(0).completeExceptionally(new IllegalStateException("No such container: scc-test"));
        assertThat(model.statusTextProperty().get()).isEqualTo("Reading stopped: No such container: scc-test");
        model.restart();
        feed.finished.get(1).complete(null);
        assertThat(model.statusTextProperty().get()).isEqualTo("The stream ended. Press F5 to read it again.");
    }

    @Test
    void theStatusNamesWhatTheStreamWaitsForAndTheRealReasonItEnded() {
        model.sourceProperty().set(Kind.TRACE_FILE);
        feed.problem = "The file /opt/sap/scc/log/scc_core.trc does not exist yet";
        model.pull(true);
        assertThat(model.statusTextProperty().get())
                .isEqualTo("Waiting: The file /opt/sap/scc/log/scc_core.trc does not exist yet");
        feed.problem = null;
        model.pull(true);
        assertThat(model.statusTextProperty().get()).isEqualTo("Following the connector trace of scc-test");
        feed.endReason = "The container scc-test was removed";
        feed.finished.get(1).complete(null);
        model.pull(true);
        assertThat(model.statusTextProperty().get())
                .isEqualTo("The container scc-test was removed. Press F5 to read it again.");
    }

    @Test
    void leavingTheScreenClosesTheStream() {
        model.deactivate();
        assertThat(feed.closed).containsExactly(true);
    }

    @Test
    void exportReportsHowManyLinesWereWritten(@TempDir Path dir) throws Exception {
        feed.append("one", "two");
        Path file = dir.resolve("out.txt");
        model.export(file);
        assertThat(Files.readAllLines(file)).containsExactly("one", "two");
        assertThat(notes).singleElement().asString().contains("2 lines written to " + file);
    }

    @Test
    void copiedTextHasOneLinePerSelectedLine() {
        feed.append("x", "y");
        model.pull(true);
        assertThat(model.copyText(model.shownLines())).isEqualTo("x" + System.lineSeparator() + "y");
    }
}
