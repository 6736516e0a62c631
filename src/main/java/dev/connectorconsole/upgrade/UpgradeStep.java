package dev.connectorconsole.upgrade;

/** The steps of an upgrade, in order; {@link #ROLL_BACK} and {@link #RESTORE} only when a step failed. */
public enum UpgradeStep {
    /** The new version is newer than the running one; the container and its connector answer. */
    CHECK("Check versions"),
    /** A configuration backup through the admin API, kept in the backup store. */
    BACKUP("Back up the configuration"),
    /** The new image, tagged with its version; the old image stays. */
    BUILD("Build the new image"),
    /** Stop, recreate on the same volumes and options with the new image, wait until it answers, check version and subaccounts. */
    REPLACE("Replace the container"),
    /** The old image back on the same volumes (done by the replacement when it fails). */
    ROLL_BACK("Put the old container back"),
    /** The backup restored onto the old connector, because the new one ran on its volumes. */
    RESTORE("Restore the backup");

    private final String title;

    UpgradeStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
