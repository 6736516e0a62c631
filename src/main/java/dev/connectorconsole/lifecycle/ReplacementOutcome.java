package dev.connectorconsole.lifecycle;

import java.time.Duration;
import java.util.List;

/**
 * How a recreate or migration ended.
 *
 * @param succeeded true when the new container runs and the old one is gone
 * @param message   one sentence for the user: what happened, or why it failed and that the old container is back
 * @param steps     what was done, in order (for the log and the details of a failure)
 * @param took      from the first engine call to the last
 * @param newContainerStarted true when a new container was started on the volumes (so it may have changed the
 *                  configuration in them, even if the replacement was rolled back afterwards)
 */
public record ReplacementOutcome(boolean succeeded, String message, List<String> steps, Duration took,
                                 boolean newContainerStarted) {
    public ReplacementOutcome {
        steps = List.copyOf(steps);
    }

    public ReplacementOutcome(boolean succeeded, String message, List<String> steps, Duration took) {
        this(succeeded, message, steps, took, succeeded);
    }
}
