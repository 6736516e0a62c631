package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineAdoptServices;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.guide.GuideProgressStore;
import dev.connectorconsole.guide.GuideTarget;
import dev.connectorconsole.guide.SetupFactsReader;
import dev.connectorconsole.ui.adopt.AdoptScreen;
import dev.connectorconsole.ui.adopt.AdoptViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.guide.GuideActions;
import dev.connectorconsole.ui.guide.GuideScreen;
import dev.connectorconsole.ui.guide.GuideViewModel;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.Navigation;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Screen;
import dev.connectorconsole.ui.welcome.WelcomeScreen;
import dev.connectorconsole.ui.welcome.WelcomeViewModel;

import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The screens that get a connector going: the start page (build from SAP's files, the sandbox, or one that runs
 * elsewhere), adopting a container made by hand, and the setup guide whose steps follow the real state.
 */
final class SetupScreens {
    /** What the start page's three ways in lead to. */
    interface Start {
        void choose(ContainerTarget target, String profileName);

        void connectTo(URI adminUrl);

        /** The default engine's name first, then the other engines of Settings. */
        java.util.List<String> engineNames();

        /** The engine the next connector from the start page goes onto (and the one in use until then). */
        void useEngineForNew(String engineName);
    }

    private final GuideViewModel guideModel;
    private final LazyScreen<WelcomeScreen> welcome;
    private final LazyScreen<AdoptScreen> adopt;
    private final LazyScreen<GuideScreen> guide;

    SetupScreens(AppEnvironment environment, EngineAccess engine, BackgroundTasks tasks, Notifier notifier,
                 ContainerScreens containers, ConnectorScreens connectors, ConnectorSelection selection,
                 Supplier<Navigation> navigation, Screen containerShown, Start start) {
        SetupFactsReader facts = new SetupFactsReader(engine::connection, new ReadinessProbe(Duration.ofSeconds(1)));
        guideModel = new GuideViewModel((target, progress) -> facts.read(target, progress, connectors.facts()),
                new GuideProgressStore(environment.configDir()), () -> guideTarget(containers.target()), tasks);
        welcome = LazyScreen.of(WelcomeScreen.TITLE, WelcomeScreen.ICON, () -> {
            WelcomeViewModel model = new WelcomeViewModel(engine, tasks, new WelcomeViewModel.Paths() {
                @Override public void buildFromInstaller() { start.choose(ContainerTarget.sapDefaults(), "Cloud Connector"); }
                @Override public void useSandbox() { start.choose(ContainerTarget.sandboxDefaults(), "Sandbox"); }
                @Override public void connectTo(URI adminUrl) { start.connectTo(adminUrl); }
            });
            model.offerEngines(start::engineNames, start::useEngineForNew);
            return new WelcomeScreen(model);
        });
        adopt = LazyScreen.of(AdoptScreen.TITLE, AdoptScreen.ICON, () -> new AdoptScreen(
                new AdoptViewModel(new EngineAdoptServices(engine::connection), tasks, notifier, selection::add,
                        containers::name, connectors.session()),
                () -> navigation.get().show(containerShown)));
        guide = LazyScreen.of(GuideScreen.TITLE, GuideScreen.ICON,
                () -> new GuideScreen(guideModel, new GuideActions() {
                    @Override public void openContainer() { navigation.get().show(containerShown); }
                    @Override public void openSignIn() { navigation.get().show(connectors.signIn()); }
                    @Override public void openSubaccounts() { navigation.get().show(connectors.subaccounts()); }
                    @Override public void openAccessControl() { navigation.get().show(connectors.access()); }
                    @Override public void openDashboard() { navigation.get().show(connectors.dashboard()); }
                }));
    }

    /** The guide counts the dashboard as visited and re-reads the state when the container or the session changes. */
    void follow(Navigation navigation, ContainerScreens containers, ConnectorScreens connectors, BooleanSupplier open) {
        navigation.selectedProperty().addListener((obs, old, now) -> {
            if (navigation.current() == connectors.dashboard()) {
                guideModel.dashboardVisited();
            }
        });
        Runnable refreshShownGuide = () -> {
            if (open.getAsBoolean() && navigation.current() == guide) {
                guideModel.refresh();
            }
        };
        containers.model().stateProperty().addListener((obs, old, now) -> refreshShownGuide.run());
        connectors.sessionState().addListener((obs, old, now) -> refreshShownGuide.run());
    }

    LazyScreen<WelcomeScreen> welcome() { return welcome; }
    LazyScreen<AdoptScreen> adopt() { return adopt; }
    LazyScreen<GuideScreen> guide() { return guide; }

    private static GuideTarget guideTarget(ContainerTarget target) {
        return new GuideTarget(target.image(), target.container(), target.hostPort(),
                target.kind() == ContainerTarget.Kind.SANDBOX);
    }
}
