package dev.connectorconsole.guide;

/**
 * What only the user can tell the guide, remembered between runs (no secrets).
 *
 * @param prerequisitesConfirmed the user ticked "I have these" on step 1
 * @param installerFolder        the folder last checked on step 2, or null
 * @param installerFilesReady    that folder held a supported connector package and JVM when checked
 * @param dashboardVisited       the user has opened the dashboard
 */
public record GuideProgress(boolean prerequisitesConfirmed, String installerFolder, boolean installerFilesReady,
                            boolean dashboardVisited) {
    public static GuideProgress none() {
        return new GuideProgress(false, null, false, false);
    }

    public GuideProgress withPrerequisitesConfirmed(boolean value) {
        return new GuideProgress(value, installerFolder, installerFilesReady, dashboardVisited);
    }

    public GuideProgress withInstallerFolder(String folder, boolean ready) {
        return new GuideProgress(prerequisitesConfirmed, folder, ready, dashboardVisited);
    }

    public GuideProgress withDashboardVisited(boolean value) {
        return new GuideProgress(prerequisitesConfirmed, installerFolder, installerFilesReady, value);
    }

    /** The facts only the user knows, laid over the facts read from the engine and the connector. */
    public SetupFacts over(SetupFacts measured) {
        return measured.withPrerequisitesConfirmed(prerequisitesConfirmed)
                .withInstallerFilesReady(installerFilesReady)
                .withDashboardVisited(dashboardVisited);
    }
}
