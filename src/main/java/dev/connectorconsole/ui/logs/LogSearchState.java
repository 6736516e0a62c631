package dev.connectorconsole.ui.logs;

import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.ui.fx.BackgroundTasks;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The logs screen's search: the query, whether it is a regular expression, whether only matching lines are shown,
 * and which lines match. Matching runs on a background thread over a snapshot of the lines (a buffer may hold
 * millions); its result arrives in one batch. All methods run on the FX thread.
 */
final class LogSearchState {
    private final ObservableList<LogLine> lines;
    private final FilteredList<LogLine> shown;
    private final BackgroundTasks tasks;

    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final BooleanProperty filterToMatches = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<LogSearch> search = new ReadOnlyObjectWrapper<>(LogSearch.NONE);
    private final ReadOnlyObjectWrapper<LogMatches> matches = new ReadOnlyObjectWrapper<>(LogMatches.NONE);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private BackgroundTasks.TaskHandle scan = () -> { };
    private long scanGeneration;

    LogSearchState(ObservableList<LogLine> lines, BackgroundTasks tasks) {
        this.lines = lines;
        this.shown = new FilteredList<>(lines, null);
        this.tasks = tasks;
        query.addListener((obs, old, now) -> updateSearch());
        regex.addListener((obs, old, now) -> updateSearch());
        filterToMatches.addListener((obs, old, now) -> updateFilter());
    }

    /** How many of these new lines the user will see: all of them, or only the matches when filtering. */
    long countShown(List<LogLine> batch) {
        LogSearch s = search.get();
        if (!filterToMatches.get() || !s.isActive()) {
            return batch.size();
        }
        return batch.stream().filter(line -> s.matches(line.text())).count();
    }

    /** Index in {@link #shown()} of the next (or previous) line matching the search, wrapping; -1 if none. */
    int findFrom(int index, boolean forward) {
        LogMatches found = currentMatches();
        int size = shown.size();
        if (!search.get().isActive() || size == 0) {
            return -1;
        }
        int start = Math.max(-1, Math.min(index, size));
        for (int step = 1; step <= size; step++) {
            int i = Math.floorMod(forward ? start + step : start - step, size);
            if (found.matches(shown.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private void updateSearch() {
        search.set(LogSearch.of(query.get(), regex.get()));
        rescan();
    }

    /** Scans the lines shown so far again; a newer scan cancels an older one still running. */
    void rescan() {
        long mine = ++scanGeneration;
        scan.cancel();
        LogSearch s = search.get();
        if (!s.isActive() || lines.isEmpty()) {
            showMatches(LogMatches.NONE.search() == s ? LogMatches.NONE : emptyScan(s));
            return;
        }
        LogLine[] snapshot = lines.toArray(new LogLine[0]);
        searching.set(true);
        scan = tasks.submitLong("search the log", () -> LogMatches.scan(s, snapshot), result -> {
            if (mine == scanGeneration) {
                showMatches(result);
            }
        }, failure -> {
            if (mine == scanGeneration) {
                searching.set(false);
            }
        });
    }

    private static LogMatches emptyScan(LogSearch s) {
        try {
            return LogMatches.scan(s, new LogLine[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LogMatches.NONE;
        }
    }

    private void showMatches(LogMatches result) {
        searching.set(false);
        matches.set(result);
        updateFilter();
    }

    private void updateFilter() {
        LogMatches found = matches.get();
        shown.setPredicate(filterToMatches.get() && found.search().isActive() ? found::matches : null);
    }

    /** The scan's result when it is for the current search; until it arrives, lines are matched one by one. */
    private LogMatches currentMatches() {
        LogMatches found = matches.get();
        return found.search() == search.get() ? found : emptyScan(search.get());
    }

    ObservableList<LogLine> shown() { return shown; }
    StringProperty queryProperty() { return query; }
    BooleanProperty regexProperty() { return regex; }
    BooleanProperty filterToMatchesProperty() { return filterToMatches; }
    ReadOnlyObjectProperty<LogSearch> searchProperty() { return search.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<LogMatches> matchesProperty() { return matches.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
}
