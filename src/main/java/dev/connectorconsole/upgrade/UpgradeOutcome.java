package dev.connectorconsole.upgrade;

import dev.connectorconsole.backup.BackupEntry;
import java.time.Duration;
import java.util.List;

/**
 * How an upgrade ended.
 *
 * @param result  what state the connector is in
 * @param message one sentence for the user: what happened, or why it failed and where things stand
 * @param steps   what was done, in order
 * @param took    from the first check to the end
 * @param backup  the backup taken before the change, null when none was taken
 */
public record UpgradeOutcome(Result result, String message, List<String> steps, Duration took, BackupEntry backup) {
    /** Where the connector stands after the upgrade. */
    public enum Result {
        /** The new version runs with all subaccounts. */
        UPGRADED,
        /** Refused or failed before the container was touched (a built image may stay); the old connector runs as before. */
        NOT_CHANGED,
        /** Cancelled before the container was touched. */
        CANCELLED,
        /** The replacement failed or was cancelled; the old image runs on the same volumes, which the new one never used. */
        ROLLED_BACK,
        /** As {@link #ROLLED_BACK}, and the backup was restored because the new connector had run on the volumes. */
        ROLLED_BACK_AND_RESTORED,
        /** Putting the old connector back or restoring the backup failed: the message says what to do. */
        ROLLBACK_FAILED
    }

    public UpgradeOutcome {
        steps = List.copyOf(steps);
    }

    public boolean succeeded() {
        return result == Result.UPGRADED;
    }
}
