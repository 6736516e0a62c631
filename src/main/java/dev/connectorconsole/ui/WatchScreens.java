package dev.connectorconsole.ui;

import dev.connectorconsole.app.ContainerStats;
import dev.connectorconsole.app.ContainerTrends;
import dev.connectorconsole.app.ShadowContainers;
import dev.connectorconsole.connector.ConnectorAlert;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fleet.FleetScreen;
import dev.connectorconsole.ui.fleet.FleetViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.health.ContainerFigures;
import dev.connectorconsole.ui.ha.HaScreen;
import dev.connectorconsole.ui.ha.HaViewModel;
import dev.connectorconsole.ui.ha.ShadowSource;
import dev.connectorconsole.ui.health.HealthScreen;
import dev.connectorconsole.ui.health.HealthViewModel;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.ShownConnector;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What watches the connectors: the Health screen of the one shown, the Fleet screen of all of them, the High
 * availability screen of the one shown and its pair, and the notifications of tunnels that drop, new alerts and
 * expiring certificates while the app runs.
 */
final class WatchScreens implements AutoCloseable {
    /** How long the fleet waits for one connector before it shows it as not answering. */
    static final Duration FLEET_LIMIT = Duration.ofSeconds(10);

    private final FleetViewModel fleetModel;
    private final LazyScreen<FleetScreen> fleet;
    private final LazyScreen<HealthScreen> health;
    private final HaViewModel haModel;
    private final LazyScreen<HaScreen> ha;
    private final FleetNotifications notifications;

    /**
     * @param openAlert opens the screen that fixes an alert of the Health screen
     * @param container follows the selected connector's container on the app's engine, when it has one there
     * @param shadows   makes shadow containers for the High availability screen; {@code addProfile} lists them
     */
    WatchScreens(SettingsKeeper settings, BackgroundTasks tasks, ConnectorSession session, ShownConnector shown,
                 CompletableFuture<SecretStore> secrets, Notifier notifier, ContainerStats stats,
                 Supplier<Optional<String>> container, Consumer<ConnectorAlert> openAlert, ShadowContainers shadows,
                 Consumer<ConnectorProfile> addProfile) {
        fleetModel = new FleetViewModel(() -> settings.current().profiles(), secrets, tasks, FLEET_LIMIT);
        fleet = LazyScreen.of(FleetScreen.TITLE, FleetScreen.ICON,
                () -> new FleetScreen(fleetModel, () -> settings.current().refreshSeconds()));
        // Each connector's container readings of the last minutes, for as long as its profile exists.
        ContainerTrends trends = new ContainerTrends();
        settings.currentProperty().addListener((obs, old, now) ->
                trends.keepOnly(now.profiles().stream().map(ConnectorProfile::name).toList()));
        health = LazyScreen.of(HealthScreen.TITLE, HealthScreen.ICON, () -> new HealthScreen(new HealthViewModel(
                new ConnectorCalls(session, tasks), Clock.systemDefaultZone(), () -> settings.current().refreshSeconds(),
                shown),
                new ContainerFigures(stats, container, tasks, shown, trends)).withAlertLinks(openAlert));
        haModel = new HaViewModel(new ConnectorCalls(session, tasks), tasks, notifier,
                new ShadowSource(shadows, container, secrets, addProfile, () -> savedSwitchNote(settings, shown)));
        ha = LazyScreen.of(HaScreen.TITLE, HaScreen.ICON, () -> new HaScreen(haModel));
        notifications = new FleetNotifications(() -> settings.current().profiles(),
                () -> settings.current().notifications(), secrets, tasks, notifier,
                Duration.ofSeconds(Math.max(30, settings.current().refreshSeconds() * 3L)));
        notifications.start();
    }

    /** The note kept with the shown connector's profile as the settings hold it now. */
    private static String savedSwitchNote(SettingsKeeper settings, ShownConnector shown) {
        ConnectorProfile profile = shown.profileProperty().get();
        return profile == null ? null : settings.current().profiles().stream()
                .filter(p -> p.name().equals(profile.name())).findFirst()
                .map(ConnectorProfile::haSwitchNote).orElse(null);
    }

    LazyScreen<FleetScreen> fleet() {
        return fleet;
    }

    LazyScreen<HealthScreen> health() {
        return health;
    }

    LazyScreen<HaScreen> highAvailability() {
        return ha;
    }

    @Override
    public void close() {
        fleetModel.close();
        haModel.close();
        notifications.close();
    }
}
