package dev.connectorconsole.ui.logs;

import dev.connectorconsole.app.LogStreams;
import dev.connectorconsole.engine.logs.LogLineFormat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.StringJoiner;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.app.LogStreams.Kind;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * State of the logs screen. A stream thread fills a {@link LogBuffer}; the view calls {@link #pull(boolean)} on a
 * timer (about every 50 ms) and the new lines are appended here in one batch. All methods run on the FX thread.
 */
public final class LogsViewModel {
    static final int MAX_BATCH = 20_000;

    private final LogStreams streams;
    private final java.util.concurrent.Executor deliver;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Clock clock;
    private final int capacity;

    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final LogSearchState searchState;
    private LogBuffer buffer;
    private LogStreams.Following follower;
    private long shownSeq;
    private long generation;
    private boolean active;

    private final ObjectProperty<Kind> source = new SimpleObjectProperty<>(Kind.CONTAINER_LOG);
    private final ObjectProperty<Integer> tail = new SimpleObjectProperty<>(1000);
    private final ObjectProperty<Duration> since = new SimpleObjectProperty<>(null);
    private final BooleanProperty showTimestamps = new SimpleBooleanProperty(true);
    private final BooleanProperty paused = new SimpleBooleanProperty(false);
    private final ReadOnlyLongWrapper newLines = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper waiting = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private boolean atBottom = true;

    public LogsViewModel(LogStreams streams, BackgroundTasks tasks, Notifier notifier, int capacity, Clock clock) {
        this.deliver = tasks.deliveryExecutor();
        this.streams = streams;
        this.tasks = tasks;
        this.notifier = notifier;
        this.capacity = capacity;
        this.clock = clock;
        this.searchState = new LogSearchState(lines, tasks);
        source.addListener((obs, old, now) -> restart());
        tail.addListener((obs, old, now) -> restart());
        since.addListener((obs, old, now) -> restart());
        paused.addListener((obs, old, now) -> {
            if (!now) {
                waiting.set(0);
            }
        });
    }

    public void activate() {
        active = true;
        start();
    }

    public void deactivate() {
        active = false;
        stop();
    }

    /** Reads the log again from the start with the current source, tail and since. */
    public void restart() {
        if (!active) {
            return;
        }
        stop();
        start();
    }

    private void start() {
        long myGeneration = ++generation;
        LogBuffer fresh = new LogBuffer(capacity);
        buffer = fresh;
        shownSeq = 0;
        lines.clear();
        searchState.rescan();
        newLines.set(0);
        waiting.set(0);
        Kind kind = source.get();
        Duration window = since.get();
        LogOptions options = new LogOptions(tail.get(), window == null ? null : clock.instant().minus(window), true, true);
        statusText.set("Connecting to " + describe(kind) + "…");
        tasks.submitLong("follow " + kind, () -> streams.follow(kind, options, fresh), handle -> {
            if (myGeneration != generation) {
                closeQuietly(handle);
                return;
            }
            follower = handle;
            statusText.set("Following " + describe(kind));
            handle.finished().whenComplete((done, error) -> deliver.execute(() -> {
                if (myGeneration == generation) {
                    String reason = handle.endReason().orElse(null);
                    statusText.set(reason != null ? reason + ". Press F5 to read it again."
                            : error == null ? "The stream ended. Press F5 to read it again."
                            : "Reading stopped: " + rootMessage(error));
                }
            }));
        }, failure -> {
            if (myGeneration == generation) {
                statusText.set("Cannot read " + describe(kind) + ": " + rootMessage(failure));
            }
        });
    }

    private void stop() {
        generation++;
        AutoCloseable current = follower;
        follower = null;
        if (current != null) {
            tasks.run("close log stream", current::close, failure -> { });
        }
    }

    private String describe(Kind kind) {
        return (kind == Kind.TRACE_FILE ? "the connector trace of " : "the log of ") + streams.containerName();
    }

    /**
     * Takes what the stream delivered since the last call. {@code viewAtBottom} says whether the user sees the last
     * line; when not, the new lines are counted for the "N new lines" button. Returns whether lines were added.
     */
    public boolean pull(boolean viewAtBottom) {
        atBottom = viewAtBottom;
        showWaiting();
        if (viewAtBottom) {
            newLines.set(0);
        }
        LogBuffer current = buffer;
        if (current == null) {
            return false;
        }
        if (paused.get()) {
            waiting.set(Math.max(0, current.lastSeq() - shownSeq));
            return false;
        }
        List<LogLine> batch = current.after(shownSeq, MAX_BATCH);
        if (batch.isEmpty()) {
            return false;
        }
        shownSeq = batch.get(batch.size() - 1).seq();
        lines.addAll(batch);
        int excess = lines.size() - capacity;
        if (excess > 0) {
            lines.remove(0, excess);
        }
        if (!atBottom) {
            newLines.set(newLines.get() + searchState.countShown(batch));
        }
        return true;
    }

    /** While a stream waits for something (a trace file that does not exist yet), the status says what. */
    private void showWaiting() {
        LogStreams.Following current = follower;
        if (current == null || current.finished().isDone()) {
            return;
        }
        String problem = current.problem().orElse(null);
        String text = problem == null ? "Following " + describe(source.get()) : "Waiting: " + problem;
        if (!text.equals(statusText.get())) {
            statusText.set(text);
        }
    }

    /** Whether the view should scroll to the last line after a pull. */
    public boolean following() {
        return atBottom && !paused.get();
    }

    /** The user jumped to the end: following resumes. */
    public void jumpedToBottom() {
        atBottom = true;
        newLines.set(0);
    }

    /** Index in {@link #shownLines()} of the next (or previous) line matching the search, wrapping; -1 if none. */
    public int findFrom(int index, boolean forward) {
        return searchState.findFrom(index, forward);
    }

    /** The text of the given lines, one per line, as the user sees them (with timestamps when shown). */
    public String copyText(List<LogLine> selected) {
        StringJoiner joiner = new StringJoiner(System.lineSeparator());
        for (LogLine line : selected) {
            joiner.add(showTimestamps.get() && line.timestamp() != null
                    ? LogLineFormat.timestamp(line.timestamp()) + " " + line.text()
                    : line.text());
        }
        return joiner.toString();
    }

    public void export(Path file) {
        exporting.set(true);
        boolean timestamps = showTimestamps.get();
        tasks.submitLong("export log", () -> streams.export(file, timestamps), count -> {
            exporting.set(false);
            notifier.success("Log exported", String.format("%,d lines written to %s", count, file));
        }, failure -> {
            exporting.set(false);
            notifier.failure("Export failed", String.valueOf(failure.getMessage()));
        });
    }

    private static void closeQuietly(LogStreams.Following following) {
        following.close();
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause != cause.getCause()
                && (cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.util.concurrent.ExecutionException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }

    public ObservableList<LogLine> shownLines() { return searchState.shown(); }
    public int totalLines() { return lines.size(); }
    public ObjectProperty<Kind> sourceProperty() { return source; }
    public ObjectProperty<Integer> tailProperty() { return tail; }
    public ObjectProperty<Duration> sinceProperty() { return since; }
    public BooleanProperty showTimestampsProperty() { return showTimestamps; }
    public BooleanProperty pausedProperty() { return paused; }
    public StringProperty queryProperty() { return searchState.queryProperty(); }
    public BooleanProperty regexProperty() { return searchState.regexProperty(); }
    public BooleanProperty filterToMatchesProperty() { return searchState.filterToMatchesProperty(); }
    public ReadOnlyObjectProperty<LogSearch> searchProperty() { return searchState.searchProperty(); }
    /** The last finished scan: which lines match, how many; it may lag the search while a scan runs. */
    public ReadOnlyObjectProperty<LogMatches> matchesProperty() { return searchState.matchesProperty(); }
    /** True while a scan runs in the background. */
    public ReadOnlyBooleanProperty searchingProperty() { return searchState.searchingProperty(); }
    public ReadOnlyLongProperty newLinesProperty() { return newLines.getReadOnlyProperty(); }
    public ReadOnlyLongProperty waitingProperty() { return waiting.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusTextProperty() { return statusText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
}
