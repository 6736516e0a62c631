package dev.connectorconsole.engine.logs;

import java.time.Instant;

/**
 * What part of a container's log to read.
 *
 * @param tail       only the last {@code tail} lines that exist when reading starts; null for all
 * @param since      only lines the engine stamped at or after this instant (whole seconds); null for all
 * @param timestamps keep the engine's time stamp in {@link LogLine#timestamp()}
 * @param follow     keep reading new lines until the container stops or the reader is closed
 */
public record LogOptions(Integer tail, Instant since, boolean timestamps, boolean follow) {

    public LogOptions {
        if (tail != null && tail < 0) {
            throw new IllegalArgumentException("tail must not be negative: " + tail);
        }
    }

    /** Follow the whole log, with time stamps. */
    public static LogOptions followAll() {
        return new LogOptions(null, null, true, true);
    }

    /** Follow from the last {@code lines} lines on, with time stamps. */
    public static LogOptions followTail(int lines) {
        return new LogOptions(lines, null, true, true);
    }

    /** Read the whole log once, without following. */
    public static LogOptions readAll(boolean timestamps) {
        return new LogOptions(null, null, timestamps, false);
    }
}
