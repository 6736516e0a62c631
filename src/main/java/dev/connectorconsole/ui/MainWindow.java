package dev.connectorconsole.ui;

import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.AppEnvironment;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.settings.Theme;
import dev.connectorconsole.settings.WindowBounds;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.guide.GuideTarget;
import dev.connectorconsole.guide.SetupFactsReader;
import dev.connectorconsole.ui.adopt.AdoptScreen;
import dev.connectorconsole.ui.adopt.AdoptViewModel;
import dev.connectorconsole.app.EngineAdoptServices;
import dev.connectorconsole.ui.container.BuildViewModel;
import dev.connectorconsole.ui.container.ContainerScreen;
import dev.connectorconsole.ui.container.SignInOffer;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.ui.container.ContainerViewModel;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.FirstFrame;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.guide.GuideActions;
import dev.connectorconsole.ui.guide.GuideScreen;
import dev.connectorconsole.ui.guide.GuideViewModel;
import dev.connectorconsole.app.EngineLogStreams;
import dev.connectorconsole.ui.logs.LogsScreen;
import dev.connectorconsole.ui.logs.LogsViewModel;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.settings.SettingsScreen;
import dev.connectorconsole.ui.settings.SettingsViewModel;
import dev.connectorconsole.ui.shell.ControlsFxNotifier;
import dev.connectorconsole.app.EngineProbe;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.LocalOnlyScreen;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.ShellView;
import dev.connectorconsole.ui.shell.Shortcuts;
import dev.connectorconsole.ui.shell.StatusModel;
import dev.connectorconsole.ui.welcome.WelcomeScreen;
import dev.connectorconsole.ui.welcome.WelcomeViewModel;

/** Composition root: builds the services, screens and the main window, and closes them all when it closes. */
public final class MainWindow implements AutoCloseable {
    /** How long a freshly started connector may take to answer its readiness probe. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Stage stage;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-ui-task", 3);
    private final StatusModel status = new StatusModel();
    private final SettingsKeeper settings;
    private final EngineAccess engine;
    private final Notifier notifier;
    private final Navigation navigation;
    private final dev.connectorconsole.ui.shell.Theme theme;
    private final LazyScreen<LogsScreen> logs;
    private final LazyScreen<ContainerScreen> container;
    private final Screen containerShown;
    private final Screen logsShown;
    private final ContainerViewModel containerModel;
    private final ConnectorScreens connectorScreens;
    private final LiveContainerState liveState;
    private final GuideViewModel guideModel;
    private ConnectorSelection selection;
    private boolean closed;

    private MainWindow(Stage stage, AppEnvironment environment, LoadResult loaded) {
        this.stage = stage;
        this.settings = new SettingsKeeper(new SettingsStore(environment.configDir()), loaded.settings(), tasks);
        this.theme = new dev.connectorconsole.ui.shell.Theme(loaded.settings().theme() == Theme.DARK);
        this.notifier = new ControlsFxNotifier(() -> stage);
        this.engine = new EngineAccess(environment, () -> settings.current().engine());

        connectorScreens = new ConnectorScreens(settings, tasks, status, this::navigation);
        LazyScreen<DashboardScreen> dashboard = connectorScreens.dashboard();
        Path cache = environment.configDir().resolve("cache");
        EngineContainerService containerService = new EngineContainerService(engine::connection,
                dir -> SandboxImageContext.fromRunningApplication().withCacheRoot(cache).prepare(dir));
        containerModel = new ContainerViewModel(containerService, tasks, notifier, ConnectorProfiles.initialTarget(loaded.settings()),
                READY_TIMEOUT);
        containerModel.useSignIn(() -> connectorScreens.session().clientFor(new ConnectorEndpoint("localhost",
                containerPort())));
        containerModel.stateProperty().addListener((obs, old, now) -> status.containerState(now == null ? "" : now.name()));
        connectorScreens.sessionState().addListener((obs, old, now) -> {
            if (now == SessionState.SIGNED_IN
                    || now == SessionState.HA_ROLE_REQUIRED) {
                containerModel.initialPasswordChangedProperty().set(true);
            } else if (now == SessionState.PASSWORD_CHANGE_REQUIRED) {
                containerModel.initialPasswordChangedProperty().set(false);
            }
        });
        containerModel.publishIpProperty().bind(Bindings.createStringBinding(
                () -> settings.current().adminReach().requestedIp(), settings.currentProperty()));
        liveState = new LiveContainerState(engine::connection, containerModel::refresh, this::engineStatusChanged);
        liveState.follow(containerModel.targetProperty().get().container());
        containerModel.targetProperty().addListener((obs, old, now) -> liveState.follow(now.container()));
        SetupFactsReader facts = new SetupFactsReader(engine::connection, new ReadinessProbe(Duration.ofSeconds(1)));
        guideModel = new GuideViewModel((target, progress) -> facts.read(target, progress, connectorScreens.facts()),
                new GuideProgressStore(environment.configDir()), this::guideTarget, tasks);

        SignInOffer signInOffer = new SignInOffer(containerModel.stateProperty(),
                () -> connectorScreens.signInTo(URI.create("https://localhost:" + containerPort())));
        signInOffer.signedInProperty().bind(Bindings.createBooleanBinding(
                () -> connectorScreens.sessionState().getValue() != SessionState.SIGNED_OUT
                        && connectorScreens.sessionState().getValue() != SessionState.CERTIFICATE_TO_CONFIRM,
                connectorScreens.sessionState()));
        selection = new ConnectorSelection(settings, containerModel, connectorScreens,
                () -> !connectorScreens.subaccounts().isBuilt() || connectorScreens.subaccounts().get().canLeave(),
                this::restartLogIfShown);
        // Each screen is built the first time it is shown: the first frame builds only the one it shows.
        container = LazyScreen.of(ContainerScreen.TITLE, ContainerScreen.ICON, () -> new ContainerScreen(containerModel,
                new BuildViewModel(containerService, tasks, notifier, environment.configDir().resolve("build"),
                        Map.of(), containerModel::refresh),
                javafx.util.Duration.seconds(loaded.settings().refreshSeconds())).offering(signInOffer));
        logs = LazyScreen.of(LogsScreen.TITLE, LogsScreen.ICON, () -> new LogsScreen(new LogsViewModel(
                new EngineLogStreams(engine::connection, this::containerName), tasks, notifier,
                settings.current().logBufferLines(), Clock.systemDefaultZone())));
        containerShown = new LocalOnlyScreen(container, selection.selectedProperty(),
                "there is no container to build, start or stop here");
        logsShown = new LocalOnlyScreen(logs, selection.selectedProperty(),
                "its log and trace files are read on its own host");
        LazyScreen<SubaccountsScreen> subaccounts = connectorScreens.subaccounts();
        LazyScreen<SettingsScreen> settingsScreen = LazyScreen.of(SettingsScreen.TITLE, SettingsScreen.ICON,
                () -> new SettingsScreen(new SettingsViewModel(settings, loaded.warning())));
        LazyScreen<WelcomeScreen> welcome = LazyScreen.of(WelcomeScreen.TITLE, WelcomeScreen.ICON,
                () -> new WelcomeScreen(new WelcomeViewModel(engine, tasks, new WelcomeViewModel.Paths() {
                    @Override public void buildFromInstaller() { choose(ContainerTarget.sapDefaults(), "Cloud Connector"); navigation().show(containerShown); }
                    @Override public void useSandbox() { choose(ContainerTarget.sandboxDefaults(), "Sandbox"); navigation().show(containerShown); }
                    @Override public void connectTo(URI adminUrl) { firstRunDone(); connectorScreens.signInTo(adminUrl); }
                })));
        // The adopt and setup guide screens
        LazyScreen<AdoptScreen> adopt = LazyScreen.of(AdoptScreen.TITLE, AdoptScreen.ICON, () -> new AdoptScreen(
                new AdoptViewModel(new EngineAdoptServices(engine::connection), tasks, notifier, this::adopt,
                        this::containerName, connectorScreens.session()),
                () -> navigation().show(containerShown)));
        LazyScreen<GuideScreen> guide = LazyScreen.of(GuideScreen.TITLE, GuideScreen.ICON,
                () -> new GuideScreen(guideModel, new GuideActions() {
                    @Override public void openContainer() { navigation().show(containerShown); }
                    @Override public void openSignIn() { navigation().show(connectorScreens.signIn()); }
                    @Override public void openSubaccounts() { navigation().show(subaccounts); }
                    @Override public void openDashboard() { navigation().show(dashboard); }
                }));
        navigation = new Navigation(welcome,
                List.of(dashboard, containerShown, logsShown, subaccounts, settingsScreen, connectorScreens.signIn(), adopt,
                        guide));
        // The guide counts the dashboard as visited and re-reads the state when the container changes
        navigation.selectedProperty().addListener((obs, old, now) -> {
            if (navigation.current() == dashboard) {
                guideModel.dashboardVisited();
            }
        });
        containerModel.stateProperty().addListener((obs, old, now) -> {
            if (!closed && navigation.current() == guide) {
                guideModel.refresh();
            }
        });
        connectorScreens.sessionState().addListener((obs, old, now) -> {
            if (!closed && navigation.current() == guide) {
                guideModel.refresh();
            }
        });

        ShellView shell = new ShellView(navigation, status, selection.switcher(), this::toggleTheme);
        Scene scene = new Scene(shell, 1280, 800);
        theme.attach(scene);
        Shortcuts.forNavigation(navigation)
                .add(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
                    navigation.show(logsShown);
                    logs.get().focusSearch();
                })
                .add(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> {
                    selection.switcher().requestFocus();
                    selection.switcher().show();
                })
                .add(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> {
                    navigation.show(containerShown);
                    container.get().startOrCreate();
                })
                .installOn(scene);
        settings.currentProperty().addListener((obs, old, now) -> {
            theme.setDark(now.theme() == Theme.DARK);
            if (!now.engine().equals(old.engine())) {
                checkEngine(engine);
            }
        });

        stage.setTitle("Connector Console");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        restoreBounds(loaded.settings().window());
        stage.setOnCloseRequest(e -> rememberBounds());
        stage.setOnHidden(e -> close());
        if (loaded.settings().firstRunDone()) {
            navigation.show(dashboard);
        } else {
            navigation.showStart();
        }
        // The engine is asked once the window is on screen: its client's classes need not load before the first frame.
        FirstFrame.after(stage, () -> {
            // The icons (up to 512 px) are read and decoded in the background: not worth delaying the first frame for.
            tasks.submit("window icons",
                    () -> List.of(icon("icon-32.png"), icon("icon-64.png"), icon("icon-256.png"), icon("icon-512.png")),
                    stage.getIcons()::addAll, failure -> { });
            if (!closed) {
                checkEngine(engine);
                liveState.start();
            }
        });
        loaded.warning().ifPresent(warning -> Platform.runLater(() -> notifier.failure("Settings reset", warning)));
    }

    /** Opens the window; {@code loaded} comes from SettingsStore.load(), read off the FX thread. */
    public static MainWindow open(Stage stage, AppEnvironment environment, LoadResult loaded) {
        MainWindow window = new MainWindow(stage, environment, loaded);
        stage.show();
        return window;
    }

    private Navigation navigation() {
        return navigation;
    }

    public Navigation navigationModel() {
        return navigation;
    }

    public dev.connectorconsole.ui.shell.Theme theme() {
        return theme;
    }

    ConnectorScreens connectorScreens() {
        return connectorScreens;
    }

    public StatusModel status() {
        return status;
    }

    /** The host port the container publishes 8443 on, or the one it would get. */
    private int containerPort() {
        var snapshot = containerModel.snapshotProperty().get();
        return snapshot != null && snapshot.hostPort() != null ? snapshot.hostPort()
                : containerModel.targetProperty().get().hostPort();
    }

    private String containerName() {
        return containerModel.targetProperty().get().container();
    }

    /** The profile's admin address is where the engine will publish the port (reading the engine's place is I/O). */
    private void choose(ContainerTarget target, String profileName) {
        containerModel.targetProperty().set(target);
        String requestedIp = settings.current().adminReach().requestedIp();
        tasks.submit("admin address", () -> PublishAddress.reachAt(requestedIp, engine.endpoint()),
                host -> remember(target, profileName, host), failure -> remember(target, profileName, "localhost"));
    }

    private void remember(ContainerTarget target, String profileName, String adminHost) {
        ConnectorProfile profile = new ConnectorProfile(profileName, target.image(), target.container(),
                target.hostPort(), "https://" + adminHost + ":" + target.hostPort(), null, null);
        settings.update(s -> ConnectorProfiles.withAdded(s, profile).withFirstRunDone(true),
                () -> selection.selected(profile.name()), status::error);
    }

    /** An adopted container joins the profiles and becomes the container this window manages; it is not changed. */
    private void adopt(ConnectorProfile profile) {
        containerModel.targetProperty().set(ConnectorProfiles.targetOf(profile));
        settings.update(s -> ConnectorProfiles.withAdded(s, profile).withFirstRunDone(true),
                () -> selection.selected(profile.name()), status::error);
    }

    private GuideTarget guideTarget() {
        ContainerTarget target = containerModel.targetProperty().get();
        return new GuideTarget(target.image(), target.container(), target.hostPort(),
                target.kind() == ContainerTarget.Kind.SANDBOX);
    }

    /** After a switch the log shown is the new container's. */
    private void restartLogIfShown() {
        if (navigation.current() == logsShown) {
            logsShown.refresh();
        }
    }

    private void firstRunDone() {
        if (!settings.current().firstRunDone()) {
            settings.update(s -> s.withFirstRunDone(true), () -> { }, status::error);
        }
    }

    private void toggleTheme() {
        Theme next = theme.darkProperty().get() ? Theme.LIGHT : Theme.DARK;
        settings.update(s -> s.withTheme(next), () -> { }, status::error);
    }

    private void engineStatusChanged(dev.connectorconsole.engine.EngineStatus now) {
        if (now == dev.connectorconsole.engine.EngineStatus.DOWN) {
            status.engineDown(engine.endpoint().describe(), "The Docker engine stopped answering; reconnecting…");
        } else {
            checkEngine(engine);
        }
    }

    private void checkEngine(EngineProbe probe) {
        status.engineChecking("…");
        tasks.submit("engine status", probe::check, check -> {
            if (check.up()) {
                status.engineUp(check.endpoint(), check.version());
                containerModel.refresh();
            } else {
                status.engineDown(check.endpoint(), check.problem());
            }
        }, failure -> status.engineDown("engine", String.valueOf(failure.getMessage())));
    }

    private void restoreBounds(WindowBounds bounds) {
        if (bounds == null) {
            return;
        }
        boolean visible = javafx.stage.Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                bounds.height()).size() > 0;
        if (visible) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void rememberBounds() {
        WindowBounds bounds = new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
        AppSettings current = settings.current();
        if (!bounds.equals(current.window())) {
            settings.save(current.withWindow(bounds), () -> { }, problem -> { });
        }
    }

    private static Image icon(String name) {
        return new Image(MainWindow.class.getResourceAsStream("/dev/connectorconsole/ui/" + name));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        navigation.deactivateCurrent();
        liveState.close();
        connectorScreens.close();
        tasks.closeGracefully(Duration.ofSeconds(3));
        engine.close();
    }
}
