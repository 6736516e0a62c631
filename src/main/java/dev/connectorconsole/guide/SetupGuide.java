package dev.connectorconsole.guide;

import java.util.List;
import java.util.Optional;

/** The setup guide: eight steps, each marked done or pending from the real state. */
public final class SetupGuide {
    private SetupGuide() {}

    public static List<GuideStep> steps(SetupFacts facts) {
        // Later steps imply earlier ones: a connected subaccount proves the image, container and password steps. The
        // sandbox's image and emulated tunnels prove neither SAP's files nor SAP BTP: only the user's word does.
        boolean connected = facts.subaccountConnected();
        boolean passwordChanged = facts.initialPasswordChanged() || connected;
        boolean ready = facts.containerReady() || passwordChanged;
        boolean image = facts.imageExists() || ready;
        boolean files = facts.installerFilesReady() || (image && !facts.sandbox());
        boolean prerequisites = facts.prerequisitesConfirmed() || (connected && !facts.sandbox());
        return List.of(
                new GuideStep(1, "Prepare SAP BTP", """
                        You need a subaccount in SAP BTP (its ID is shown in the cockpit under Overview), the \
                        Connectivity service entitled to it (Entitlements), and a role collection that holds the \
                        Cloud Connector Administrator role, assigned to the user who will connect (Security → Role \
                        Collections). The same applies to SAP BTP on Alibaba Cloud.""",
                        prerequisites),
                new GuideStep(2, "Download SAP's files", """
                        From tools.hana.ondemand.com (Cloud tab) download the Cloud Connector for Linux x64 \
                        (sapcc-<version>-linux-x64.zip or the portable .tar.gz) and a JVM: SAP JVM 8 \
                        (sapjvm-8.1.*-linux-x64.rpm or .zip) or a SapMachine JDK that suits the version. Put them in \
                        one folder and choose it here: the app checks the pairing.""", files),
                new GuideStep(3, "Build the image", """
                        The app writes the Dockerfile for your files and builds the image on your Docker engine. \
                        Or build the sandbox connector to try everything without SAP's files.""", image),
                new GuideStep(4, "Run the container", """
                        The container publishes the admin port 8443 and keeps the connector's configuration in named \
                        volumes. It is ready when the connector's admin API answers, some seconds after it starts.""",
                        ready),
                new GuideStep(5, "Sign in and change the initial password", """
                        Sign in as Administrator with the initial password "manage"; the connector then demands a new \
                        password. Trust its self-signed certificate after checking the fingerprint.""",
                        passwordChanged),
                new GuideStep(6, "Add the subaccount", """
                        Choose the region (for SAP BTP on Alibaba Cloud: cf.cn40.platform.sapcloud.cn), enter the \
                        subaccount ID, your login e-mail and password. If two-factor authentication is on, append the \
                        current passcode to the password.""", connected),
                new GuideStep(7, "Expose a system", """
                        Until you say which on-premise systems and which paths the cloud may reach, the tunnel carries                         nothing. Map a virtual host to the internal one, add the resources (URL paths or function                         modules) it may call, and check from the connector that the internal host answers.""",
                        facts.systemExposed()),
                new GuideStep(8, "Watch the dashboard", """
                        The dashboard shows each subaccount's tunnel, since when it is connected, the applications \
                        connected through it and how long its certificate stays valid.""",
                        facts.dashboardVisited() && connected));
    }

    /** The first step not yet done, if any. */
    public static Optional<GuideStep> next(SetupFacts facts) {
        return steps(facts).stream().filter(step -> !step.done()).findFirst();
    }
}
