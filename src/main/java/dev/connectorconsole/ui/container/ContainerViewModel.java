package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerService;
import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ContainerTarget;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;

import dev.connectorconsole.engine.ConnectorState;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.lifecycle.StatePreview;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ShownConnector;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * The connector container's lifecycle: what exists, what state it is in, and the actions that make sense now.
 * Every engine call runs in the background; one action at a time.
 */
public final class ContainerViewModel {
    private final ContainerService service;
    private final BackgroundTasks tasks;
    private final Map<String, String> extraLabels;
    private final ContainerStatePresenter states;
    private final HostPortChoice hostPort;
    private final ContainerActionRunner actions;
    private final RecreateOrMigrate replacement;
    private ConnectorBackup backup;
    private final LastKnownContainer lastKnown = new LastKnownContainer();

    private final ObjectProperty<ContainerTarget> target = new SimpleObjectProperty<>();
    private final StringProperty publishIp = new SimpleStringProperty("127.0.0.1");
    private final BooleanProperty initialPasswordChanged = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ContainerSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> imagePresent = new ReadOnlyObjectWrapper<>();

    private final BooleanBinding exists = snapshot.isNotNull();
    private final BooleanBinding running = Bindings.createBooleanBinding(
            () -> snapshot.get() != null && snapshot.get().running(), snapshot);
    private final StringBinding publishWarning = Bindings.createStringBinding(
            () -> PublishRisk.describe(snapshot.get(), initialPasswordChanged.get()), snapshot, initialPasswordChanged);
    private final BooleanBinding canCreate;
    private final BooleanBinding canStart;
    private final BooleanBinding canStop;
    private final BooleanBinding canRestart;
    private final BooleanBinding canRemove;
    private final BooleanBinding canRecreate;

    public ContainerViewModel(ContainerService service, BackgroundTasks tasks, Notifier notifier,
                              ContainerTarget initial, Duration readyTimeout) {
        this(service, tasks, notifier, initial, readyTimeout, Map.of());
    }

    /** {@code extraLabels} go on every container and volume this model creates (tests mark theirs). */
    public ContainerViewModel(ContainerService service, BackgroundTasks tasks, Notifier notifier,
                              ContainerTarget initial, Duration readyTimeout, Map<String, String> extraLabels) {
        this.extraLabels = Map.copyOf(extraLabels);
        this.service = service;
        this.tasks = tasks;
        this.states = new ContainerStatePresenter(service, tasks, notifier, readyTimeout);
        this.hostPort = new HostPortChoice(initial.hostPort());
        this.actions = new ContainerActionRunner(tasks, notifier, hostPort::taken, this::refresh);
        this.replacement = new RecreateOrMigrate(service, actions, target::get);
        BooleanBinding idle = actions.busyProperty().not();
        canCreate = exists.not().and(imagePresent.isEqualTo(Boolean.TRUE)).and(idle);
        canStart = exists.and(running.not()).and(idle);
        canStop = running.and(idle);
        canRestart = running.and(idle);
        canRemove = exists.and(idle);
        canRecreate = exists.and(imagePresent.isEqualTo(Boolean.TRUE)).and(idle);
        target.set(initial);
        target.addListener((obs, old, now) -> {
            hostPort.show(now.hostPort());
            initialPasswordChanged.set(false);
            showLastKnown(lastKnown.recall(now.container()));
            refresh();
        });
        states.onProbed(this::keepReading);
    }

    /** What each connector context showed last, recalled when its container is followed again. */
    public void remembering(ShownConnector shown) {
        lastKnown.use(shown);
    }

    /** Another container is followed: its last known state at once (marked), else none, until the engine answers. */
    private void showLastKnown(Optional<LastKnownContainer.Reading> known) {
        LastKnownContainer.Reading reading = known.orElse(LastKnownContainer.Reading.NONE);
        snapshot.set(reading.snapshot());
        imagePresent.set(reading.imagePresent());
        states.recall(known.isPresent(), reading.snapshot(), reading.probe());
    }

    private void keepReading() {
        lastKnown.keep(target.get().container(),
                new LastKnownContainer.Reading(snapshot.get(), imagePresent.get(), states.probe()));
    }

    /** Re-reads the container and its image from the engine. */
    public void refresh() {
        ContainerTarget current = target.get();
        tasks.submit("inspect " + current.container(),
                () -> new Inspection(service.inspect(current.container()), service.imageExists(current.image())),
                inspection -> {
                    if (!current.equals(target.get())) {
                        return;
                    }
                    imagePresent.set(inspection.imagePresent());
                    show(inspection.snapshot());
                    keepReading();
                }, failure -> actions.showError(failure.getMessage()));
    }

    private record Inspection(Optional<ContainerSnapshot> snapshot, boolean imagePresent) { }

    private void show(Optional<ContainerSnapshot> found) {
        ContainerSnapshot previous = snapshot.get();
        snapshot.set(found.orElse(null));
        found.flatMap(s -> Optional.ofNullable(s.hostPort())).ifPresent(port -> {
            if (!actions.busyProperty().get()) {
                hostPort.show(port);
            }
        });
        states.show(previous, found, target.get().hostPort());
    }

    public void create() {
        Optional<Integer> port = hostPort.chosen();
        if (port.isEmpty()) {
            return;
        }
        ContainerTarget withPort = target.get().withHostPort(port.get());
        String ip = publishIp.get();
        actions.run("Creating and starting " + withPort.container() + "…", () -> {
            service.run(withPort.spec().withPublishIp(ip).withLabels(extraLabels));
            return null;
        });
    }

    public void start() {
        String name = target.get().container();
        actions.run("Starting " + name + "…", () -> {
            service.start(name);
            return null;
        });
    }

    /** Stopping waits up to 30 s for the connector to shut down cleanly. */
    public void stop() {
        String name = target.get().container();
        actions.run("Stopping " + name + " (up to 30 s)…", () -> {
            service.stop(name);
            return null;
        });
    }

    public void restart() {
        String name = target.get().container();
        actions.run("Restarting " + name + "…", () -> {
            service.restart(name);
            return null;
        });
    }

    /** {@code keepVolumes}: the connector's configuration survives and a new container picks it up again. */
    public void remove(boolean keepVolumes) {
        remove(keepVolumes, null);
    }

    /** As {@link #remove(boolean)}, after {@code backUp} (null: none); a failed backup stops it with nothing removed. */
    void remove(boolean keepVolumes, Callable<String> backUp) {
        String name = target.get().container();
        actions.run("Removing " + name + (keepVolumes ? " (keeping its data)…" : " and its data…"), () -> {
            String backedUp = ConnectorBackup.takeFirst(backUp, "removal", actions.steps());
            service.remove(name, !keepVolumes);
            if (!backedUp.isEmpty()) {
                actions.tellSuccess("Removed", name + " was removed." + backedUp);
            }
            return null;
        });
    }

    /**
     * The app's sign-in to this connector, when there is one: the subaccount check of a recreate or migration and
     * the backup offered before them go through it. Supplied by the composition.
     */
    public void useSignIn(Supplier<Optional<SccClient>> signedIn) {
        useSignIn(signedIn, null);
    }

    /** As {@link #useSignIn(Supplier)}, with the backup taken on its own before a recreate or migration. */
    public void useSignIn(Supplier<Optional<SccClient>> signedIn, BackupBeforeChange automaticBackup) {
        replacement.checkThrough(signedIn);
        this.backup = new ConnectorBackup(tasks, signedIn, automaticBackup);
    }

    /** The backup before a change, through the sign-in or one of its own; never null. */
    public ConnectorBackup backup() {
        if (backup == null) {
            backup = new ConnectorBackup(tasks, Optional::empty, null);
        }
        return backup;
    }

    /** True when the app can compare the connector's subaccounts before and after (a migration needs that). */
    public boolean canCheckSubaccounts() {
        return replacement.canCheckSubaccounts();
    }

    /** Reads, in the background, what {@code action} would keep and lose; {@code onReady} gets it on the FX thread. */
    public void preview(StatePreview.Action action, Consumer<StatePreview> onReady) {
        String name = target.get().container();
        tasks.submit("preview of " + name, () -> service.preview(name, action), onReady,
                failure -> actions.showError(String.valueOf(failure.getMessage())));
    }

    /** As {@link #preview} for an upgrade onto a new image the app builds. */
    public void previewUpgrade(Consumer<StatePreview> onReady) {
        String name = target.get().container();
        tasks.submit("upgrade preview of " + name, () -> service.previewUpgrade(name), onReady,
                failure -> actions.showError(String.valueOf(failure.getMessage())));
    }

    /**
     * A new container from the current image with the old one's own options, volumes and bind mounts; the old one
     * stays until the new one runs, and comes back if anything fails.
     */
    public void recreate() {
        replace(false, false);
    }

    /** Moves configuration kept inside the container into new volumes, checking the subaccounts through the sign-in. */
    public void migrate() {
        replace(true, false);
    }

    /** Recreate or migrate; with {@code backUpFirst} a backup is taken and kept first, and a failed backup stops it. */
    void replace(boolean migrate, boolean backUpFirst) {
        String name = target.get().container();
        replace(migrate, backUpFirst ? () -> backup().takeKept(name).file().getFileName().toString() : null);
    }

    /** Recreate or migrate after {@code backUp} (null: none), which returns the kept backup's file name. */
    void replace(boolean migrate, Callable<String> backUp) {
        replacement.run(migrate, backUp);
    }

    /** An action run elsewhere (the upgrade) holds the container: its buttons wait, {@code text} says why. */
    void hold(boolean held, String text) {
        actions.hold(held, text);
    }

    public void useProposedPort() {
        hostPort.useProposed();
    }

    /** Volumes of the container, or those a new one would get. */
    public Map<String, String> volumes() {
        ContainerSnapshot current = snapshot.get();
        return current != null ? current.volumes() : target.get().spec().volumes();
    }

    public ObjectProperty<ContainerTarget> targetProperty() { return target; }
    public StringProperty hostPortProperty() { return hostPort.textProperty(); }
    /** The host address new containers are published on, as the user chose it in Settings (127.0.0.1 by default). */
    public StringProperty publishIpProperty() { return publishIp; }
    /** Set once a sign-in shows the connector no longer takes its initial password; cleared with a new target. */
    public BooleanProperty initialPasswordChangedProperty() { return initialPasswordChanged; }
    public StringBinding publishWarning() { return publishWarning; }
    public ReadOnlyObjectProperty<ContainerSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Boolean> imagePresentProperty() { return imagePresent.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ConnectorState> stateProperty() { return states.stateProperty(); }
    public ReadOnlyStringProperty stateReasonProperty() { return states.reasonProperty(); }
    /** "As of 18:42:10, refreshing…" while the state shown is the last known one; "" once the engine answered. */
    public ReadOnlyStringProperty asOfProperty() { return lastKnown.asOfProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return actions.busyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return actions.progressProperty(); }
    public ReadOnlyStringProperty errorProperty() { return actions.errorProperty(); }
    public ReadOnlyStringProperty portMessageProperty() { return hostPort.messageProperty(); }
    public ReadOnlyIntegerProperty proposedPortProperty() { return hostPort.proposedProperty(); }
    public BooleanBinding canCreate() { return canCreate; }
    public BooleanBinding canStart() { return canStart; }
    public BooleanBinding canStop() { return canStop; }
    public BooleanBinding canRestart() { return canRestart; }
    public BooleanBinding canRemove() { return canRemove; }
    public BooleanBinding canRecreate() { return canRecreate; }
}
