package dev.connectorconsole.ui.logs;

import dev.connectorconsole.engine.logs.LogLineFormat;

import java.util.List;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import dev.connectorconsole.engine.logs.LogLine;
import dev.connectorconsole.engine.logs.LogSource;
import dev.connectorconsole.engine.logs.StyledRun;

/** Renders one log line: time stamp, the ANSI styled runs as CSS classes, search matches highlighted. */
final class LogLineCell extends ListCell<LogLine> {
    private static final PseudoClass MATCH = PseudoClass.getPseudoClass("match");

    private final TextFlow flow = new TextFlow();
    private final Supplier<LogSearch> search;
    private final BooleanSupplier showTimestamps;

    LogLineCell(Supplier<LogSearch> search, BooleanSupplier showTimestamps) {
        this.search = search;
        this.showTimestamps = showTimestamps;
        getStyleClass().add("log-line");
        flow.getStyleClass().add("log-line");
        setText(null);
    }

    @Override
    protected void updateItem(LogLine line, boolean empty) {
        super.updateItem(line, empty);
        if (empty || line == null) {
            setGraphic(null);
            pseudoClassStateChanged(MATCH, false);
            return;
        }
        flow.getChildren().clear();
        if (showTimestamps.getAsBoolean() && line.timestamp() != null) {
            Text time = new Text(LogLineFormat.timestamp(line.timestamp()) + "  ");
            time.getStyleClass().add("log-time");
            flow.getChildren().add(time);
        }
        List<int[]> matches = search.get().ranges(line.text());
        addSegments(line, matches);
        pseudoClassStateChanged(MATCH, !matches.isEmpty());
        setGraphic(flow);
    }

    private void addSegments(LogLine line, List<int[]> matches) {
        String text = line.text();
        if (text.isEmpty()) {
            flow.getChildren().add(new Text(""));
            return;
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (StyledRun run : line.runs()) {
            cuts.add(clamp(run.start(), text));
            cuts.add(clamp(run.end(), text));
        }
        for (int[] match : matches) {
            cuts.add(match[0]);
            cuts.add(match[1]);
        }
        String sourceClass = line.source() == LogSource.STDERR ? "log-stderr"
                : line.source() == LogSource.TRACE ? "log-trace" : null;
        Integer from = null;
        for (Integer cut : cuts) {
            if (from != null && cut > from) {
                Text segment = new Text(text.substring(from, cut));
                if (sourceClass != null) {
                    segment.getStyleClass().add(sourceClass);
                }
                for (StyledRun run : line.runs()) {
                    if (run.start() <= from && run.end() >= cut) {
                        for (String styleClass : run.styleClass().split(" ")) {
                            if (!styleClass.isBlank()) {
                                segment.getStyleClass().add(styleClass);
                            }
                        }
                    }
                }
                for (int[] match : matches) {
                    if (match[0] <= from && match[1] >= cut) {
                        segment.getStyleClass().add("log-match");
                    }
                }
                flow.getChildren().add(segment);
            }
            from = cut;
        }
    }

    private static int clamp(int index, String text) {
        return Math.max(0, Math.min(index, text.length()));
    }
}
