package dev.connectorconsole.ui;

import dev.connectorconsole.app.ReachabilityChecks;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.access.InternalHostCheck;
import dev.connectorconsole.ui.access.OtherProfiles;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.dashboard.DashboardViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.ShownConnector;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsViewModel;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The screens of a connector's subaccounts: the Dashboard, the Subaccounts screen and the Access control of one
 * subaccount, and how they lead to each other.
 */
final class SubaccountScreens {
    private final Supplier<Navigation> navigation;
    private final LazyScreen<SubaccountsScreen> subaccounts;
    private final LazyScreen<DashboardScreen> dashboard;
    private final LazyScreen<AccessControlScreen> access;

    /**
     * @param checks         checks of internal hosts from a connector container's network
     * @param localContainer the selected connector's container when it runs on this engine
     * @param secrets        where the admin passwords of the connector profiles are remembered
     * @param toSignIn       shows the sign-in screen, where the dashboard leads while signed out
     */
    SubaccountScreens(SettingsKeeper settings, BackgroundTasks tasks, ConnectorSession session, ShownConnector shown,
                      Supplier<Navigation> navigation, ReachabilityChecks checks,
                      Supplier<Optional<String>> localContainer, CompletableFuture<SecretStore> secrets,
                      Runnable toSignIn) {
        this.navigation = navigation;
        access = LazyScreen.of(AccessControlScreen.TITLE, AccessControlScreen.ICON,
                () -> new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session, tasks),
                        new InternalHostCheck(checks, localContainer, tasks),
                        new OtherProfiles(() -> settings.current().profiles(), secrets, tasks))));
        subaccounts = LazyScreen.of(SubaccountsScreen.TITLE, SubaccountsScreen.ICON, () -> {
            SubaccountsScreen screen = new SubaccountsScreen(new SubaccountsViewModel(session, tasks, shown));
            screen.onOpenAccess(this::openAccess);
            return screen;
        });
        dashboard = LazyScreen.of(DashboardScreen.TITLE, DashboardScreen.ICON, () -> {
            DashboardScreen screen = new DashboardScreen(new DashboardViewModel(session, tasks,
                    Clock.systemDefaultZone(), () -> settings.current().refreshSeconds(), shown),
                    toSignIn, () -> navigation.get().show(subaccounts));
            screen.onOpenAccess(this::openAccess);
            return screen;
        });
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

    /** Selects one subaccount on the Subaccounts screen and shows it. */
    void showSubaccount(String regionHost, String subaccount) {
        subaccounts.get().show(regionHost, subaccount);
        navigation.get().show(subaccounts);
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
}
