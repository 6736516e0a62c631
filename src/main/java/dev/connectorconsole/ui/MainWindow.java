package dev.connectorconsole.ui;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineContainerStats;
import dev.connectorconsole.app.EngineReachabilityChecks;
import dev.connectorconsole.app.EngineShadowContainers;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.settings.Theme;
import dev.connectorconsole.settings.EngineSettings;
import dev.connectorconsole.settings.NamedEngine;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.settings.WindowBounds;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.fx.FirstFrame;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.settings.SettingsScreen;
import dev.connectorconsole.ui.settings.SettingsViewModel;
import dev.connectorconsole.ui.settings.EngineTrialModel;
import dev.connectorconsole.app.EngineTrial;
import dev.connectorconsole.ui.shell.ControlsFxNotifier;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.LocalOnlyScreen;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.shell.ShellView;
import dev.connectorconsole.ui.shell.StatusModel;
import dev.connectorconsole.ui.shell.WindowIcons;
import dev.connectorconsole.ui.shell.WindowPlacement;

/** Composition root: builds the services, screens and the main window, and closes them all when it closes. */
public final class MainWindow implements AutoCloseable {
    private final Stage stage;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-ui-task", 3);
    private final StatusModel status = new StatusModel();
    private final SettingsKeeper settings;
    private final EngineAccess engine;
    private final EngineWatch engineWatch;
    private final Notifier notifier;
    private final Navigation navigation;
    private final dev.connectorconsole.ui.shell.Theme theme;
    private final ContainerScreens containerScreens;
    private final Screen containerShown;
    private final Screen logsShown;
    private final ConnectorScreens connectorScreens;
    private ConnectorSelection selection;
    /** The engine of the connector shown: every engine call goes there. Written on the FX thread, read anywhere. */
    private volatile EngineSettings engineInUse;
    /** The engine chosen on the start page for the next connector made there; null: the default engine. */
    private String newConnectorEngine;
    private boolean makingConnector;
    private boolean closed;

    private MainWindow(Stage stage, AppEnvironment environment, LoadResult loaded) {
        this.stage = stage;
        this.settings = new SettingsKeeper(new SettingsStore(environment.configDir()), loaded.settings(), tasks);
        this.theme = new dev.connectorconsole.ui.shell.Theme(loaded.settings().theme() == Theme.DARK);
        this.notifier = new ControlsFxNotifier(() -> stage);
        this.engineInUse = loaded.settings().engineOf(ConnectorProfiles.initialProfile(loaded.settings()).orElse(null));
        this.engine = new EngineAccess(environment, () -> engineInUse, this::nameOf);
        this.engineWatch = new EngineWatch(engine, tasks, status, this::refreshContainer);
        connectorScreens = new ConnectorScreens(settings, tasks, status, this::navigationModel,
                new EngineReachabilityChecks(engine), new EngineContainerStats(engine), () -> selection.localContainer(),
                environment.configDir().resolve("backups"), notifier, new EngineShadowContainers(engine, this::engineSettingsNamed,
                        () -> settings.current().adminReach().requestedIp(), this::otherEngineNames),
                profile -> selection.addAlongside(profile));
        containerScreens = new ContainerScreens(environment, loaded, engine, settings, tasks, notifier, status,
                connectorScreens, engineWatch::statusChanged);
        selection = new ConnectorSelection(settings, containerScreens.model(), connectorScreens,
                connectorScreens::canLeave, this::restartLogIfShown, status::error);
        containerShown = new LocalOnlyScreen(containerScreens.container(), selection.selectedProperty(),
                "there is no container to build, start or stop here");
        logsShown = new LocalOnlyScreen(containerScreens.logs(), selection.selectedProperty(),
                "its log and trace files are read on its own host");
        LazyScreen<DashboardScreen> dashboard = connectorScreens.dashboard();
        LazyScreen<SettingsScreen> settingsScreen = LazyScreen.of(SettingsScreen.TITLE, SettingsScreen.ICON,
                () -> new SettingsScreen(new SettingsViewModel(settings, loaded.warning()),
                        () -> new EngineTrialModel(new EngineTrial(environment)::check, tasks)));
        SetupScreens setup = new SetupScreens(environment, engine, tasks, notifier, containerScreens, connectorScreens,
                selection, this::navigationModel, containerShown, new SetupScreens.Start() {
                    @Override public void choose(ContainerTarget target, String name) { MainWindow.this.choose(target, name); }
                    @Override public void connectTo(URI adminUrl) { firstRunDone(); connectorScreens.signInTo(adminUrl); }
                    @Override public List<String> engineNames() { return MainWindow.this.engineNames(); }
                    @Override public void useEngineForNew(String name) { MainWindow.this.useEngineForNew(name); }
                });
        navigation = new Navigation(setup.welcome(), List.of(dashboard, containerShown, logsShown,
                connectorScreens.subaccounts(), connectorScreens.access(), connectorScreens.backups(),
                connectorScreens.health(), connectorScreens.connectorSettings(), connectorScreens.fleet(),
                connectorScreens.highAvailability(), settingsScreen, connectorScreens.signIn(),
                setup.adopt(), setup.guide()));
        setup.follow(navigation, containerScreens, connectorScreens, () -> !closed);
        connectorScreens.onOpenContainer(() -> navigation.show(containerShown));

        Scene scene = new Scene(new ShellView(navigation, status, selection.switcher(), this::toggleTheme), 1280, 800);
        theme.attach(scene);
        MainShortcuts.install(scene, navigation, selection.switcher(), logsShown,
                () -> containerScreens.logs().get().focusSearch(), containerShown,
                () -> containerScreens.container().get().startOrCreate(), settingsScreen);
        settings.currentProperty().addListener((obs, old, now) -> {
            theme.setDark(now.theme() == Theme.DARK);
            followEngineOf(selection.selectedProperty().get());
        });
        selection.selectedProperty().addListener((obs, old, now) -> followEngineOf(now));
        navigation.selectedProperty().addListener((obs, old, now) -> {
            if (navigation.screenAt(old.intValue()) == setup.welcome() && !makingConnector) {
                followEngineOf(selection.selectedProperty().get());
            }
        });

        stage.setTitle("Connector Console");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        WindowPlacement.restore(stage, loaded.settings().window());
        stage.setOnCloseRequest(e -> rememberPlacement());
        stage.setOnHidden(e -> close());
        if (loaded.settings().firstRunDone()) {
            navigation.show(dashboard);
        } else {
            navigation.showStart();
        }
        // The engine is asked once the window is on screen: its client's classes need not load before the first frame.
        FirstFrame.after(stage, () -> {
            WindowIcons.load(stage, tasks);
            if (!closed) {
                engineWatch.check();
                containerScreens.start();
            }
        });
        loaded.warning().ifPresent(warning -> Platform.runLater(() -> notifier.failure("Settings reset", warning)));
    }

    private void followEngineOf(ConnectorProfile profile) {
        use(settings.current().engineOf(profile));
    }

    private void use(EngineSettings next) {
        if (!next.equals(engineInUse)) {
            engineInUse = next;
            engineWatch.check();
        }
    }

    /** The name of the other engine with these settings; null for the default engine. Read from any thread. */
    private String nameOf(EngineSettings engine) {
        return settings.current().engines().stream().filter(e -> e.engine().equals(engine)).map(NamedEngine::name)
                .findFirst().orElse(null);
    }

    /** The settings of the engine with this name (the default one's too); null when there is none. Any thread. */
    private EngineSettings engineSettingsNamed(String name) {
        if (NamedEngine.DEFAULT_NAME.equals(name)) {
            return settings.current().engine();
        }
        NamedEngine named = settings.current().engineNamed(name);
        return named == null ? null : named.engine();
    }

    /** Every engine's name but the one of the connector shown. Any thread. */
    private List<String> otherEngineNames() {
        String inUse = nameOf(engineInUse);
        List<String> names = new java.util.ArrayList<>(engineNames());
        names.remove(inUse == null ? NamedEngine.DEFAULT_NAME : inUse);
        return names;
    }

    private List<String> engineNames() {
        List<String> names = new java.util.ArrayList<>(List.of(NamedEngine.DEFAULT_NAME));
        settings.current().engines().forEach(e -> names.add(e.name()));
        return names;
    }

    /** Chosen on the start page: the next connector made there goes onto this engine, which is in use until then. */
    private void useEngineForNew(String name) {
        NamedEngine named = settings.current().engineNamed(name);
        newConnectorEngine = named == null ? null : named.name();
        use(named == null ? settings.current().engine() : named.engine());
    }

    /** Opens the window; {@code loaded} comes from SettingsStore.load(), read off the FX thread. */
    public static MainWindow open(Stage stage, AppEnvironment environment, LoadResult loaded) {
        MainWindow window = new MainWindow(stage, environment, loaded);
        stage.show();
        return window;
    }

    public Navigation navigationModel() {
        return navigation;
    }

    public dev.connectorconsole.ui.shell.Theme theme() {
        return theme;
    }

    public StatusModel status() {
        return status;
    }

    ConnectorScreens connectorScreens() {
        return connectorScreens;
    }

    /** A new connector from the start page; its admin address is where the engine will publish the port (I/O). */
    private void choose(ContainerTarget target, String profileName) {
        String requestedIp = settings.current().adminReach().requestedIp();
        String engineName = newConnectorEngine;
        containerScreens.model().targetProperty().set(target);
        makingConnector = true;
        navigation.show(containerShown);
        makingConnector = false;
        tasks.submit("admin address", () -> PublishAddress.reachAt(requestedIp, engine.endpoint()),
                host -> selection.add(target, profileName, host, engineName),
                failure -> selection.add(target, profileName, "localhost", engineName));
    }

    private void refreshContainer() {
        containerScreens.model().refresh();
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

    private void rememberPlacement() {
        WindowBounds bounds = WindowPlacement.of(stage);
        AppSettings current = settings.current();
        if (!bounds.equals(current.window())) {
            settings.save(current.withWindow(bounds), () -> { }, problem -> { });
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        navigation.deactivateCurrent();
        containerScreens.close();
        connectorScreens.close();
        tasks.closeGracefully(Duration.ofSeconds(3));
        engine.close();
    }
}
