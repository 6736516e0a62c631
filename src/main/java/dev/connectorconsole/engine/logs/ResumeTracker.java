package dev.connectorconsole.engine.logs;

import java.time.Instant;

/**
 * Remembers the last engine time stamp seen and how many lines carried it; when resuming, recognises the lines that
 * were already seen. The engine only filters by whole seconds, so a resumed stream starts a little early: every line
 * before the resume point, and the first {@code linesAtTimestamp} lines stamped exactly at it, are repeats.
 */
final class ResumeTracker {

    private final ResumePoint resumeAfter;
    private boolean passedResumePoint;
    private int repeatsSkippedAtResumeTimestamp;
    private Instant lastTimestamp;
    private int linesAtLastTimestamp;

    ResumeTracker(ResumePoint resumeAfter) {
        this.resumeAfter = resumeAfter;
        this.passedResumePoint = resumeAfter == null;
        if (resumeAfter != null) {
            lastTimestamp = resumeAfter.timestamp();
            linesAtLastTimestamp = resumeAfter.linesAtTimestamp();
        }
    }

    /** Whether a line with this engine time stamp is new; lines without one are always new. */
    boolean isNew(Instant timestamp) {
        if (timestamp == null) {
            return true;
        }
        if (!passedResumePoint) {
            int order = timestamp.compareTo(resumeAfter.timestamp());
            if (order < 0) {
                return false;
            }
            if (order == 0 && repeatsSkippedAtResumeTimestamp < resumeAfter.linesAtTimestamp()) {
                repeatsSkippedAtResumeTimestamp++;
                return false;
            }
            passedResumePoint = true;
        }
        if (timestamp.equals(lastTimestamp)) {
            linesAtLastTimestamp++;
        } else {
            lastTimestamp = timestamp;
            linesAtLastTimestamp = 1;
        }
        return true;
    }

    /** The point after the last new line, or null when no stamped line was seen. */
    ResumePoint resumePoint() {
        return lastTimestamp == null ? null : new ResumePoint(lastTimestamp, linesAtLastTimestamp);
    }
}
