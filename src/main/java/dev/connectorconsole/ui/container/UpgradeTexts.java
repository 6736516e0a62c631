package dev.connectorconsole.ui.container;

import dev.connectorconsole.upgrade.UpgradeOutcome;

/** The headline of an upgrade's outcome and what became of the backup taken before it. */
final class UpgradeTexts {
    private UpgradeTexts() {}

    static String title(UpgradeOutcome outcome, String version) {
        return switch (outcome.result()) {
            case UPGRADED -> "Upgraded to " + version;
            case NOT_CHANGED -> "Not upgraded: nothing was changed";
            case CANCELLED -> "Cancelled: nothing was changed";
            case ROLLED_BACK -> "Rolled back to the old version";
            case ROLLED_BACK_AND_RESTORED -> "Rolled back to the old version, backup restored";
            case ROLLBACK_FAILED -> "The rollback failed: look at the container";
        };
    }

    static String backup(UpgradeOutcome outcome) {
        if (outcome.backup() == null) {
            return "No backup was taken.";
        }
        String kept = "The backup " + outcome.backup().file().getFileName() + " is kept on the Backups screen.";
        return switch (outcome.result()) {
            case ROLLED_BACK -> kept + " It was not restored: the new version never ran on the volumes.";
            case ROLLED_BACK_AND_RESTORED -> kept + " It was restored onto the old version.";
            default -> kept;
        };
    }
}
