package dev.connectorconsole.ui;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.BackupFirst;
import dev.connectorconsole.app.ConnectorProfiles;
import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineAccess;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.app.EngineLogStreams;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineStatus;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.settings.LoadResult;
import dev.connectorconsole.ui.container.BuildViewModel;
import dev.connectorconsole.ui.container.ContainerScreen;
import dev.connectorconsole.ui.container.ContainerViewModel;
import dev.connectorconsole.ui.container.SignInOffer;
import dev.connectorconsole.ui.container.UpgradeViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.logs.LogsScreen;
import dev.connectorconsole.ui.logs.LogsViewModel;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.settings.SettingsKeeper;
import dev.connectorconsole.ui.shell.LazyScreen;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.StatusModel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;

/**
 * The screens about the selected connector's container on the engine (Container and Logs) around one container
 * model: its live state from the engine's events, the sign-in offered once it is Ready, its admin address.
 */
final class ContainerScreens implements AutoCloseable {
    /** How long a freshly started connector may take to answer its readiness probe. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final ContainerViewModel model;
    private final LiveContainerState liveState;
    private final LazyScreen<ContainerScreen> container;
    private final LazyScreen<LogsScreen> logs;

    ContainerScreens(AppEnvironment environment, LoadResult loaded, EngineAccess engine, SettingsKeeper settings,
                     BackgroundTasks tasks, Notifier notifier, StatusModel status, ConnectorScreens connectorScreens,
                     Consumer<EngineStatus> engineStatusChanged) {
        Path cache = environment.configDir().resolve("cache");
        EngineContainerService service = new EngineContainerService(engine::connection,
                dir -> SandboxImageContext.fromRunningApplication().withCacheRoot(cache).prepare(dir));
        model = new ContainerViewModel(service, tasks, notifier, ConnectorProfiles.initialTarget(loaded.settings()),
                READY_TIMEOUT);
        model.remembering(connectorScreens.shown());
        Supplier<Optional<SccClient>> signedIn =
                () -> connectorScreens.session().clientFor(new ConnectorEndpoint("localhost", port()));
        KeptBackups kept = new KeptBackups(new BackupStore(environment.configDir().resolve("backups")),
                () -> settings.current().backupsKept());
        model.useSignIn(signedIn, new BackupBeforeChange(kept, connectorScreens::backupPasswords));
        model.backup().ownSignIn(new BackupFirst(kept, connectorScreens::secretStore),
                () -> BackupTargets.of(settings.current(), name(), port()),
                sha256 -> settings.update(s -> BackupTargets.pinned(s, name(), sha256), () -> { }, status::error));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(engine::connection,
                () -> SandboxImageContext.fromRunningApplication().withCacheRoot(cache), SandboxImageContext::imageTag,
                cache.resolve("upgrade"), Map.of(), kept, connectorScreens::backupPasswords, READY_TIMEOUT);
        model.stateProperty().addListener((obs, old, now) -> status.containerState(now == null ? "" : now.name()));
        model.asOfProperty().addListener((obs, old, now) -> status.containerAsOf(now));
        status.containerAsOf(model.asOfProperty().get());
        connectorScreens.sessionState().addListener((obs, old, now) -> {
            if (now == SessionState.SIGNED_IN || now == SessionState.HA_ROLE_REQUIRED) {
                model.initialPasswordChangedProperty().set(true);
            } else if (now == SessionState.PASSWORD_CHANGE_REQUIRED) {
                model.initialPasswordChangedProperty().set(false);
            }
        });
        model.publishIpProperty().bind(Bindings.createStringBinding(
                () -> settings.current().adminReach().requestedIp(), settings.currentProperty()));
        liveState = new LiveContainerState(engine::connection, model::refresh, engineStatusChanged);
        liveState.follow(model.targetProperty().get().container());
        model.targetProperty().addListener((obs, old, now) -> liveState.follow(now.container()));

        SignInOffer signInOffer = new SignInOffer(model.stateProperty(),
                () -> connectorScreens.signInTo(URI.create("https://localhost:" + port())));
        signInOffer.signedInProperty().bind(Bindings.createBooleanBinding(
                () -> connectorScreens.sessionState().getValue() != SessionState.SIGNED_OUT
                        && connectorScreens.sessionState().getValue() != SessionState.CERTIFICATE_TO_CONFIRM,
                connectorScreens.sessionState()));
        // Built the first time they are shown: the first frame builds only the screen it shows.
        container = LazyScreen.of(ContainerScreen.TITLE, ContainerScreen.ICON, () -> new ContainerScreen(model,
                new BuildViewModel(service, tasks, notifier, environment.configDir().resolve("build"), Map.of(),
                        model::refresh),
                javafx.util.Duration.seconds(loaded.settings().refreshSeconds())).offering(signInOffer)
                .upgrading(new UpgradeViewModel(upgrades, tasks, signedIn, model).afterUpgrade(image -> {
                    ContainerTarget before = model.targetProperty().get();
                    model.targetProperty().set(new ContainerTarget(before.container(), image, before.hostPort(),
                            before.kind()));
                    settings.update(s -> ConnectorProfiles.withImage(s, before.container(), image), () -> { },
                            status::error);
                })));
        logs = LazyScreen.of(LogsScreen.TITLE, LogsScreen.ICON, () -> new LogsScreen(new LogsViewModel(
                new EngineLogStreams(engine::connection, this::name), tasks, notifier,
                settings.current().logBufferLines(), Clock.systemDefaultZone())));
    }

    ContainerViewModel model() {
        return model;
    }

    LazyScreen<ContainerScreen> container() {
        return container;
    }

    LazyScreen<LogsScreen> logs() {
        return logs;
    }

    /** Follows the engine's events once the window is on screen. */
    void start() {
        liveState.start();
    }

    /** The host port the container publishes 8443 on, or the one it would get. */
    int port() {
        var snapshot = model.snapshotProperty().get();
        return snapshot != null && snapshot.hostPort() != null ? snapshot.hostPort()
                : model.targetProperty().get().hostPort();
    }

    String name() {
        return model.targetProperty().get().container();
    }

    ContainerTarget target() {
        return model.targetProperty().get();
    }

    @Override
    public void close() {
        liveState.close();
    }
}
