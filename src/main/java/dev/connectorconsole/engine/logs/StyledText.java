package dev.connectorconsole.engine.logs;

import java.util.List;

/** Text without escape codes plus the styled runs the escape codes described. */
public record StyledText(String text, List<StyledRun> runs) {

    public StyledText {
        runs = List.copyOf(runs);
    }
}
