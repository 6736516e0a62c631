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
import dev.connectorconsole.ui.backups.BackupRestore;
import dev.connectorconsole.ui.backups.BackupsScreen;
import dev.connectorconsole.ui.backups.BackupsViewModel;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
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
import dev.connectorconsole.app.ShadowContainers;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.StatusModel;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;

import dev.connectorconsole.app.LastKnownStates;
import dev.connectorconsole.ui.session.ShownConnector;
import java.net.URI;
import java.time.Clock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
    private final SubaccountScreens subaccountScreens;
    private final LazyScreen<BackupsScreen> backups;
    private final LazyScreen<ConnectorSettingsScreen> connectorSettings;
    private final WatchScreens watch;
    private final SessionFacts facts;
    private final CompletableFuture<SecretStore> secrets;
    private final ShownConnector shown;
    private final LastSignIn lastSignIn;
    private Runnable openContainer = () -> { };

    /**
     * @param checks         checks of internal hosts from a connector container's network
     * @param stats          the resource use of a connector container, from the engine
     * @param localContainer the selected connector's container when it runs on this engine
     * @param backupFolder   where the connectors' backups are kept (the app's data folder's {@code backups})
     * @param notifier       tells of tunnels that drop, whichever screen is shown
     * @param shadows        makes shadow containers for the High availability screen
     * @param addProfile     a connector made beside the one shown (a shadow) joins the profiles
     */
    ConnectorScreens(SettingsKeeper settings, BackgroundTasks tasks, StatusModel status, Supplier<Navigation> navigation,
                     ReachabilityChecks checks, ContainerStats stats, Supplier<Optional<String>> localContainer,
                     Path backupFolder, Notifier notifier, ShadowContainers shadows,
                     Consumer<ConnectorProfile> addProfile) {
        this.settings = settings;
        this.status = status;
        this.navigation = navigation;
        Optional<ConnectorProfile> profile = ConnectorProfiles.initialProfile(settings.current());
        secrets = SecretStores.detectInBackground();
        session = new ConnectorSession(new PinnedClientFactory(), tasks,
                profile.map(ConnectorProfile::pinnedSha256).orElse(null), this::pin, secrets);
        facts = new SessionFacts(session);
        LastKnownStates states = new LastKnownStates();
        shown = new ShownConnector(states, Clock.systemDefaultZone(), profile.orElse(null));
        settings.currentProperty().addListener((obs, old, now) ->
                states.keepOnly(now.profiles().stream().map(ConnectorProfile::name).toList()));
        lastSignIn = new LastSignIn(shown, session, status);
        watch = new WatchScreens(settings, tasks, session, shown, secrets, notifier, stats, localContainer,
                this::openAlert, shadows, addProfile);
        signInModel = new SignInViewModel(session,
                profile.map(ConnectorProfile::adminUrl).orElse(DEFAULT_ADMIN_URL),
                profile.map(ConnectorProfile::user).orElse(null));
        signIn = LazyScreen.of(SignInView.TITLE, SignInView.ICON, () -> new SignInView(signInModel));
        subaccountScreens = new SubaccountScreens(settings, tasks, session, shown, navigation, checks, localContainer,
                secrets, () -> navigation.get().show(signIn));
        connectorSettings = LazyScreen.of(ConnectorSettingsScreen.TITLE, ConnectorSettingsScreen.ICON,
                () -> new ConnectorSettingsScreen(new ConnectorSettingsViewModel(new ConnectorCalls(session, tasks))));
        backups = LazyScreen.of(BackupsScreen.TITLE, BackupsScreen.ICON, () -> new BackupsScreen(new BackupsViewModel(
                session, tasks, new BackupStore(backupFolder), secrets,
                () -> ProfileAddresses.backupName(settings.current(), session.endpointProperty().get()),
                () -> settings.current().backupsKept(), BackupRestore.Timing.DEFAULT), () -> navigation.get().show(signIn)));
        session.stateProperty().addListener((obs, old, now) -> {
            facts.follow(now);
            // Signing in on the sign-in screen leads on to the dashboard; switching connectors stays where the user is.
            if (now == SessionState.SIGNED_IN && navigation.get().current() == signIn) {
                navigation.get().show(subaccountScreens.dashboard());
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

    /** The connector context the screens show, and what each showed last. */
    ShownConnector shown() {
        return shown;
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
        return subaccountScreens.subaccounts();
    }

    LazyScreen<DashboardScreen> dashboard() {
        return subaccountScreens.dashboard();
    }

    LazyScreen<AccessControlScreen> access() {
        return subaccountScreens.access();
    }

    /** Whether the screens with forms may be left: unsaved changes are confirmed away first. */
    boolean canLeave() {
        return subaccountScreens.canLeave();
    }

    /** Where "Open container" of a Health alert leads (the Container screen lives beside these screens). */
    void onOpenContainer(Runnable openContainer) {
        this.openContainer = openContainer;
    }

    private void openAlert(ConnectorAlert alert) {
        switch (AlertLink.of(alert)) {
            case SUBACCOUNT -> subaccountScreens.showSubaccount(alert.regionHost(), alert.subaccount());
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

    /** Where remembered passwords are kept; waits for it to be found: call it off the FX thread. */
    SecretStore secretStore() {
        return secrets.join();
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
        show(profile);
        String user = profile.user() == null || profile.user().isBlank() ? "Administrator" : profile.user();
        signInModel.adminUrl().set(profile.adminUrl());
        signInModel.user().set(user);
        session.loadRememberedPassword(profile.adminUrl(), user,
                secret -> session.signIn(profile.adminUrl(), user, secret),
                () -> {
                    lastSignIn.settled();
                    navigation.get().show(signIn);
                });
    }

    /** The screens show this context now (after the session moved): each its last known state, until fresh. */
    void show(ConnectorProfile profile) {
        shown.show(profile);
        lastSignIn.recall();
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
