package dev.connectorconsole.guide;

/**
 * What is known right now about the user's setup, read from the real state (engine, container, connector).
 *
 * @param prerequisitesConfirmed the user ticked off the SAP BTP prerequisites (nothing on the machine can tell)
 * @param installerFilesReady    a folder with a supported connector package and JVM was checked
 * @param imageExists            the connector (or sandbox) image exists on the engine
 * @param containerReady         the container runs and the admin API answers
 * @param initialPasswordChanged the connector no longer demands the initial password change
 * @param subaccountConnected    at least one subaccount's tunnel is connected
 * @param systemExposed          at least one subaccount exposes an on-premise system (a system mapping)
 * @param dashboardVisited       the user has opened the dashboard
 * @param sandbox                the connector is the sandbox: its image and tunnels prove nothing about SAP's files
 *                               or SAP BTP
 */
public record SetupFacts(boolean prerequisitesConfirmed, boolean installerFilesReady, boolean imageExists,
                         boolean containerReady, boolean initialPasswordChanged, boolean subaccountConnected, boolean systemExposed,
                         boolean dashboardVisited, boolean sandbox) {
    public static SetupFacts nothingYet() {
        return new SetupFacts(false, false, false, false, false, false, false, false, false);
    }

    public SetupFacts withPrerequisitesConfirmed(boolean value) {
        return new SetupFacts(value, installerFilesReady, imageExists, containerReady, initialPasswordChanged, subaccountConnected, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withInstallerFilesReady(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, value, imageExists, containerReady, initialPasswordChanged, subaccountConnected, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withImageExists(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, value, containerReady, initialPasswordChanged, subaccountConnected, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withContainerReady(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, value, initialPasswordChanged, subaccountConnected, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withInitialPasswordChanged(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, containerReady, value, subaccountConnected, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withSystemExposed(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, containerReady,
                initialPasswordChanged, subaccountConnected, value, dashboardVisited, sandbox);
    }

    public SetupFacts withSubaccountConnected(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, containerReady, initialPasswordChanged, value, systemExposed, dashboardVisited, sandbox);
    }

    public SetupFacts withDashboardVisited(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, containerReady, initialPasswordChanged, subaccountConnected, systemExposed, value, sandbox);
    }

    public SetupFacts withSandbox(boolean value) {
        return new SetupFacts(prerequisitesConfirmed, installerFilesReady, imageExists, containerReady, initialPasswordChanged, subaccountConnected, systemExposed, dashboardVisited, value);
    }
}
