package dev.connectorconsole.ui.logs;

import java.time.Duration;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.connectorconsole.app.LogStreams.Kind;
import dev.connectorconsole.engine.logs.LogLine;

/** The row above the log: which lines to read (tail, since), time stamps, pause, and copy and export of lines. */
final class LogsToolbar {
    private LogsToolbar() {
    }

    /** @param selected the lines selected in the list; "Copy" waits for one */
    static HBox create(LogsViewModel model, ObservableList<LogLine> selected, Runnable copySelection,
                       Runnable chooseExportFile) {
        ComboBox<Integer> tail = new ComboBox<>();
        tail.setId("log-tail");
        tail.getItems().addAll(100, 1000, 10_000, 100_000, null);
        tail.setConverter(converter(value -> value == null ? "All lines" : String.format("Last %,d", value)));
        tail.valueProperty().bindBidirectional(model.tailProperty());
        tail.setTooltip(new Tooltip("How many existing lines to read first"));

        ComboBox<Duration> since = new ComboBox<>();
        since.setId("log-since");
        since.getItems().addAll(null, Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24),
                Duration.ofDays(7));
        since.setConverter(converter(LogsToolbar::describeSince));
        since.valueProperty().bindBidirectional(model.sinceProperty());
        since.setTooltip(new Tooltip("Only lines written in this period"));

        ToggleButton timestamps = new ToggleButton("Time", new FontIcon(Feather.CLOCK));
        timestamps.setId("log-timestamps");
        timestamps.selectedProperty().bindBidirectional(model.showTimestampsProperty());
        timestamps.setTooltip(new Tooltip("Show time stamps"));

        ToggleButton pause = new ToggleButton();
        pause.setId("log-pause");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        pause.textProperty().bind(Bindings.when(pause.selectedProperty()).then("Resume").otherwise("Pause"));
        pause.graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(pause.isSelected()
                ? Feather.PLAY : Feather.PAUSE), pause.selectedProperty()));

        Button copy = new Button("Copy", new FontIcon(Feather.COPY));
        copy.setId("log-copy");
        copy.setTooltip(new Tooltip("Copy the selected lines (Ctrl+C)"));
        copy.disableProperty().bind(Bindings.isEmpty(selected));
        copy.setOnAction(e -> copySelection.run());

        Button export = new Button("Export…", new FontIcon(Feather.DOWNLOAD));
        export.setId("log-export");
        export.setTooltip(new Tooltip("Save the container's whole log to a file"));
        export.disableProperty().bind(model.exportingProperty()
                .or(model.sourceProperty().isEqualTo(Kind.TRACE_FILE)));
        export.setOnAction(e -> chooseExportFile.run());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, tail, since, timestamps, new Separator(Orientation.VERTICAL), pause,
                spacer, copy, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static String describeSince(Duration duration) {
        if (duration == null) {
            return "Any time";
        }
        if (duration.toDays() >= 1) {
            return duration.toDays() == 1 ? "Last 24 hours" : "Last " + duration.toDays() + " days";
        }
        if (duration.toHours() >= 1) {
            return duration.toHours() == 1 ? "Last hour" : "Last " + duration.toHours() + " hours";
        }
        return "Last " + duration.toMinutes() + " minutes";
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return f.apply(value); }
            @Override public T fromString(String text) { throw new UnsupportedOperationException(); }
        };
    }
}
