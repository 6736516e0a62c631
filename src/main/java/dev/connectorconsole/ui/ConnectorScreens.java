package dev.connectorconsole.ui;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.guide.ConnectorFacts;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.ui.health.AlertLink;
import dev.connectorconsole.app.ReachabilityChecks;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.settings.SecretStores;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.access.InternalHostCheck;
import dev.connectorconsole.ui.backups.BackupRestore;
import dev.connectorconsole.ui.backups.BackupsScreen;
import dev.connectorconsole.ui.backups.BackupsViewModel;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.dashboard.DashboardViewModel;
import dev.connectorconsole.ui.fleet.FleetScreen;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsScreen;
import dev.connectorconsole.ui.connectorsettings.ConnectorSettingsViewModel;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.StatusModel;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsViewModel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The screens that talk to the connector's admin API, around one sign-in session, and how they hang together. */
final class ConnectorScreens implements AutoCloseable {
    static final String DEFAULT_ADMIN_URL = "https://localhost:8443";

    private final SettingsKeeper settings;
    private final StatusModel status;
    private final Supplier<Navigation> navigation;
    private final ConnectorSession session;
    private final SignInViewModel signInModel;
    private final LazyScreen<SignInView> signIn;
    private final LazyScreen<SubaccountsScreen> subaccounts;
    private final LazyScreen<DashboardScreen> dashboard;
    private final LazyScreen<AccessControlScreen> access;
    private final LazyScreen<BackupsScreen> backups;
    private final LazyScreen<ConnectorSettingsScreen> connectorSettings;
    private final WatchScreens watch;
    private final SessionFacts facts;
    private final CompletableFuture<SecretStore> secrets;
    private Runnable openContainer = () -> { };

    /**
     * @param checks         checks of internal hosts from a connector container's network
     * @param stats          the resource use of a connector container, from the engine
     * @param localContainer the selected connector's container when it runs on this engine
     * @param backupFolder   where the connectors' backups are kept (the app's data folder's {@code backups})
     * @param notifier       tells of tunnels that drop, whichever screen is shown
     */
    ConnectorScreens(SettingsKeeper settings, BackgroundTasks tasks, StatusModel status, Supplier<Navigation> navigation,
                     ReachabilityChecks checks, ContainerStats stats, Supplier<Optional<String>> localContainer,
                     Path backupFolder, Notifier notifier) {
        this.settings = settings;
        this.status = status;
        this.navigation = navigation;
        Optional<ConnectorProfile> profile = ConnectorProfiles.initialProfile(settings.current());
        secrets = SecretStores.detectInBackground();
        session = new ConnectorSession(new PinnedClientFactory(), tasks,
                profile.map(ConnectorProfile::pinnedSha256).orElse(null), this::pin, secrets);
        facts = new SessionFacts(session);
        watch = new WatchScreens(settings, tasks, session, secrets, notifier, stats, localContainer, this::openAlert);
        signInModel = new SignInViewModel(session,
                profile.map(ConnectorProfile::adminUrl).orElse(DEFAULT_ADMIN_URL),
                profile.map(ConnectorProfile::user).orElse(null));
        signIn = LazyScreen.of(SignInView.TITLE, SignInView.ICON, () -> new SignInView(signInModel));
        access = LazyScreen.of(AccessControlScreen.TITLE, AccessControlScreen.ICON,
                () -> new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session, tasks),
                        new InternalHostCheck(checks, localContainer, tasks))));
        connectorSettings = LazyScreen.of(ConnectorSettingsScreen.TITLE, ConnectorSettingsScreen.ICON,
                () -> new ConnectorSettingsScreen(new ConnectorSettingsViewModel(new ConnectorCalls(session, tasks))));
        subaccounts = LazyScreen.of(SubaccountsScreen.TITLE, SubaccountsScreen.ICON, () -> {
            SubaccountsScreen screen = new SubaccountsScreen(new SubaccountsViewModel(session, tasks));
            screen.onOpenAccess(this::openAccess);
            return screen;
        });
        dashboard = LazyScreen.of(DashboardScreen.TITLE, DashboardScreen.ICON, () -> {
            DashboardScreen screen = new DashboardScreen(new DashboardViewModel(session, tasks,
                    Clock.systemDefaultZone(), () -> settings.current().refreshSeconds()),
                    () -> navigation.get().show(signIn), () -> navigation.get().show(subaccounts));
            screen.onOpenAccess(this::openAccess);
            return screen;
        });
        backups = LazyScreen.of(BackupsScreen.TITLE, BackupsScreen.ICON, () -> new BackupsScreen(new BackupsViewModel(
                session, tasks, new BackupStore(backupFolder), secrets,
                () -> ProfileAddresses.backupName(settings.current(), session.endpointProperty().get()),
                () -> settings.current().backupsKept(), BackupRestore.Timing.DEFAULT), () -> navigation.get().show(signIn)));
        session.stateProperty().addListener((obs, old, now) -> {
            facts.follow(now);
            status.connector(SessionWords.describe(now));
            // Signing in on the sign-in screen leads on to the dashboard; switching connectors stays where the user is.
            if (now == SessionState.SIGNED_IN && navigation.get().current() == signIn) {
                navigation.get().show(dashboard);
            }
        });
        session.lastErrorProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isBlank()) {
                status.error(now);
            }
        });
    }

    ConnectorSession session() {
        return session;
    }

    javafx.beans.value.ObservableValue<SessionState> sessionState() {
        return session.stateProperty();
    }

    /** What the sign-in session knows, for the setup guide; read off the FX thread. */
    ConnectorFacts facts() {
        return facts;
    }

    LazyScreen<SignInView> signIn() {
        return signIn;
    }

    LazyScreen<SubaccountsScreen> subaccounts() {
        return subaccounts;
    }

    LazyScreen<DashboardScreen> dashboard() {
        return dashboard;
    }

    LazyScreen<AccessControlScreen> access() {
        return access;
    }

    /** Whether the screens with forms may be left: unsaved changes are confirmed away first. */
    boolean canLeave() {
        return (!subaccounts.isBuilt() || subaccounts.get().canLeave()) && (!access.isBuilt() || access.get().canLeave());
    }

    /** Opens the access control of one subaccount, once unsaved changes where the user is are confirmed away. */
    private void openAccess(String regionHost, String subaccount) {
        Navigation shown = navigation.get();
        if (shown.current() == subaccounts && !subaccounts.get().canLeave()) {
            return;
        }
        access.get().show(regionHost, subaccount);
        shown.show(access);
    }

    /** Where "Open container" of a Health alert leads (the Container screen lives beside these screens). */
    void onOpenContainer(Runnable openContainer) {
        this.openContainer = openContainer;
    }

    private void openAlert(ConnectorAlert alert) {
        switch (AlertLink.of(alert)) {
            case SUBACCOUNT -> {
                subaccounts.get().show(alert.regionHost(), alert.subaccount());
                navigation.get().show(subaccounts);
            }
            case CONTAINER -> openContainer.run();
            case NONE -> { }
        }
    }

    LazyScreen<FleetScreen> fleet() {
        return watch.fleet();
    }

    LazyScreen<dev.connectorconsole.ui.ha.HaScreen> highAvailability() {
        return watch.highAvailability();
    }

    /** The remembered backup passwords; waits for the secret store to be found: call it off the FX thread. */
    BackupPasswords backupPasswords() {
        return new BackupPasswords(secrets.join());
    }

    LazyScreen<BackupsScreen> backups() {
        return backups;
    }

    LazyScreen<ConnectorSettingsScreen> connectorSettings() {
        return connectorSettings;
    }

    LazyScreen<HealthScreen> health() {
        return watch.health();
    }

    /** Whether the session (signed in or under way) is to this profile's admin address. */
    boolean isSignedInTo(ConnectorProfile profile) {
        ConnectorEndpoint at = session.endpointProperty().get();
        return at != null && session.state() != SessionState.SIGNED_OUT && ProfileAddresses.sameAddress(profile.adminUrl(),
                "https://" + at.host() + ":" + at.port());
    }

    /**
     * Another connector is chosen: the session to the one before ends, and this one's is opened with its remembered
     * password; without one, the sign-in screen opens on its address.
     */
    void switchTo(ConnectorProfile profile) {
        session.useConnector(profile.pinnedSha256());
        if (dashboard.isBuilt()) {
            dashboard.get().showLastKnown(profile.adminUrl());
        }
        String user = profile.user() == null || profile.user().isBlank() ? "Administrator" : profile.user();
        signInModel.adminUrl().set(profile.adminUrl());
        signInModel.user().set(user);
        session.loadRememberedPassword(profile.adminUrl(), user,
                secret -> session.signIn(profile.adminUrl(), user, secret),
                () -> navigation.get().show(signIn));
    }

    /** Opens the sign-in screen for this admin address (from the welcome page or a ready container). */
    void signInTo(URI adminUrl) {
        signInModel.adminUrl().set(adminUrl.toString());
        navigation.get().show(signIn);
    }

    /** Keeps the fingerprint the user trusted in the profile of the connector signed in to. */
    private void pin(String sha256) {
        ConnectorEndpoint endpoint = session.endpointProperty().get();
        String adminUrl = endpoint == null ? signInModel.adminUrl().trimmed()
                : "https://" + endpoint.host() + ":" + endpoint.port();
        settings.update(current -> ProfileAddresses.withPinned(current, adminUrl, session.userProperty().get(), sha256),
                () -> { }, status::error);
    }

    @Override
    public void close() {
        watch.close();
        session.close();
    }
}
