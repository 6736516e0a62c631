package dev.connectorconsole.engine.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * The last line a follower has seen: its engine time stamp and how many lines carried exactly that time stamp. A new
 * follower resuming from here skips everything up to and including those lines, so nothing is lost or repeated.
 */
public record ResumePoint(Instant timestamp, int linesAtTimestamp) {

    public ResumePoint {
        Objects.requireNonNull(timestamp, "timestamp");
        if (linesAtTimestamp < 1) {
            throw new IllegalArgumentException("a resume point stands for at least one line: " + linesAtTimestamp);
        }
    }
}
