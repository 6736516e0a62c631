package dev.connectorconsole.engine.logs;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of a container's log, as shown to the user: {@code text} has no line terminator and no escape codes; the
 * colours and emphasis the program asked for are in {@code runs}. {@code timestamp} is the engine's time stamp of the
 * line, or null when time stamps were not asked for. {@code seq} is assigned by the {@link LogBuffer} holding the line.
 */
public record LogLine(long seq, Instant timestamp, LogSource source, String text, List<StyledRun> runs) {

    public LogLine {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    public LogLine withSeq(long newSeq) {
        return newSeq == seq ? this : new LogLine(newSeq, timestamp, source, text, runs);
    }
}
