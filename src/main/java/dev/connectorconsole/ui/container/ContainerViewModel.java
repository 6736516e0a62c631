package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerService;
import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ContainerTarget;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.connectorconsole.engine.ConnectorState;
import dev.connectorconsole.engine.ConnectorStatus;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.PortInUseException;
import dev.connectorconsole.engine.PublishAddress;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessTracker;
import dev.connectorconsole.lifecycle.ReplacementOutcome;
import dev.connectorconsole.lifecycle.StatePreview;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.lifecycle.SubaccountCheck;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * The connector container's lifecycle: what exists, what state it is in, and the actions that make sense now.
 * Every engine call runs in the background; one action at a time.
 */
public final class ContainerViewModel {
    private final ContainerService service;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Duration readyTimeout;
    private final Map<String, String> extraLabels;
    private final Executor deliver;
    private final ReadinessTracker tracker = new ReadinessTracker();
    private long probeGeneration;
    private Supplier<Optional<SubaccountCheck>> subaccountCheck = Optional::empty;
    private ConnectorBackup backup;
    private BackgroundTasks.TaskHandle readinessWait = () -> { };

    private final ObjectProperty<ContainerTarget> target = new SimpleObjectProperty<>();
    private final StringProperty hostPort = new SimpleStringProperty("");
    private final StringProperty publishIp = new SimpleStringProperty("127.0.0.1");
    private final BooleanProperty initialPasswordChanged = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ContainerSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Boolean> imagePresent = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectorState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper proposedPort = new ReadOnlyIntegerWrapper(0);

    private final BooleanBinding exists = snapshot.isNotNull();
    private final BooleanBinding running = Bindings.createBooleanBinding(
            () -> snapshot.get() != null && snapshot.get().running(), snapshot);
    private final BooleanBinding canCreate = exists.not().and(imagePresent.isEqualTo(Boolean.TRUE)).and(busy.not());
    private final BooleanBinding canStart = exists.and(running.not()).and(busy.not());
    private final BooleanBinding canStop = running.and(busy.not());
    private final BooleanBinding canRestart = running.and(busy.not());
    private final BooleanBinding canRemove = exists.and(busy.not());
    private final BooleanBinding canRecreate = exists.and(imagePresent.isEqualTo(Boolean.TRUE)).and(busy.not());
    private final StringBinding publishWarning = Bindings.createStringBinding(this::describePublishRisk, snapshot,
            initialPasswordChanged);

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
        this.notifier = notifier;
        this.readyTimeout = readyTimeout;
        this.deliver = tasks.deliveryExecutor();
        target.set(initial);
        hostPort.set(String.valueOf(initial.hostPort()));
        hostPort.addListener((obs, old, now) -> {
            proposedPort.set(0);
            portMessage.set(parsePort(now).isPresent() ? "" : "A port between 1 and 65535");
        });
        target.addListener((obs, old, now) -> {
            hostPort.set(String.valueOf(now.hostPort()));
            initialPasswordChanged.set(false);
            refresh();
        });
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
                }, failure -> error.set(failure.getMessage()));
    }

    private record Inspection(Optional<ContainerSnapshot> snapshot, boolean imagePresent) { }

    private void show(Optional<ContainerSnapshot> found) {
        ContainerSnapshot previous = snapshot.get();
        snapshot.set(found.orElse(null));
        found.flatMap(s -> Optional.ofNullable(s.hostPort())).ifPresent(port -> {
            if (!busy.get()) {
                hostPort.set(String.valueOf(port));
            }
        });
        showStatus(tracker.container(found));
        boolean startedNow = found.isPresent() && found.get().running()
                && (previous == null || !previous.running() || !java.util.Objects.equals(previous.startedAt(),
                found.get().startedAt()));
        if (startedNow && state.get() == ConnectorState.STARTING) {
            probeReadiness(found.get());
        } else if (found.isEmpty() || !found.get().running()) {
            readinessWait.cancel();
        }
    }

    private void showStatus(ConnectorStatus status) {
        ConnectorState before = state.get();
        state.set(status.state());
        stateReason.set(status.reason());
        if (before != null && before != status.state()) {
            switch (status.state()) {
                case READY -> notifier.success("Connector ready", status.reason());
                case UNHEALTHY -> notifier.failure("Connector not answering", status.reason());
                case STOPPED -> notifier.info("Container stopped", status.reason());
                default -> { }
            }
        }
    }

    private void probeReadiness(ContainerSnapshot running) {
        long generation = ++probeGeneration;
        readinessWait.cancel();
        int port = running.hostPort() == null ? target.get().hostPort() : running.hostPort();
        readinessWait = tasks.submitLong("readiness of " + running.name(), () -> service.awaitReady(running.hostIp(), port, readyTimeout,
                        message -> deliver.execute(() -> {
                            if (generation == probeGeneration) {
                                stateReason.set(message);
                            }
                        })),
                (Readiness readiness) -> {
                    if (generation == probeGeneration) {
                        showStatus(tracker.probed(readiness));
                    }
                }, failure -> { });
    }

    public void create() {
        Optional<Integer> port = parsePort(hostPort.get());
        if (port.isEmpty()) {
            return;
        }
        ContainerTarget withPort = target.get().withHostPort(port.get());
        String ip = publishIp.get();
        act("Creating and starting " + withPort.container() + "…", () -> {
            service.run(withPort.spec().withPublishIp(ip).withLabels(extraLabels));
            return null;
        });
    }

    public void start() {
        String name = target.get().container();
        act("Starting " + name + "…", () -> {
            service.start(name);
            return null;
        });
    }

    /** Stopping waits up to 30 s for the connector to shut down cleanly. */
    public void stop() {
        String name = target.get().container();
        act("Stopping " + name + " (up to 30 s)…", () -> {
            service.stop(name);
            return null;
        });
    }

    public void restart() {
        String name = target.get().container();
        act("Restarting " + name + "…", () -> {
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
        act("Removing " + name + (keepVolumes ? " (keeping its data)…" : " and its data…"), () -> {
            String backedUp = backUpFirst(backUp, "removal", text -> deliver.execute(() -> progress.set(text + "…")));
            service.remove(name, !keepVolumes);
            if (!backedUp.isEmpty()) {
                deliver.execute(() -> notifier.success("Removed", name + " was removed." + backedUp));
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
        this.subaccountCheck = () -> signedIn.get().map(SubaccountChecks::through);
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
        return subaccountCheck.get().isPresent();
    }

    /** Reads, in the background, what {@code action} would keep and lose; {@code onReady} gets it on the FX thread. */
    public void preview(StatePreview.Action action, Consumer<StatePreview> onReady) {
        String name = target.get().container();
        tasks.submit("preview of " + name, () -> service.preview(name, action), onReady,
                failure -> error.set(String.valueOf(failure.getMessage())));
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
        ContainerTarget current = target.get();
        SubaccountCheck check = subaccountCheck.get().orElse(null);
        if (migrate && check == null) {
            error.set("Sign in to " + current.container() + " first: the migration compares its subaccounts before and after.");
            return;
        }
        String verb = migrate ? "Migrating " : "Recreating ";
        act(verb + current.container() + "…", () -> {
            Consumer<String> steps = text -> deliver.execute(() -> progress.set(text + "…"));
            String backedUp = backUpFirst(backUp, "change", steps);
            ReplacementOutcome outcome = migrate
                    ? service.migrate(current.container(), current.image(), check, steps)
                    : service.recreateKeeping(current.container(), current.image(), check, steps);
            if (!outcome.succeeded()) {
                throw new IllegalStateException(outcome.message() + backedUp);
            }
            String note = backedUp;
            deliver.execute(() -> notifier.success(migrate ? "Migrated" : "Recreated", outcome.message() + note));
            return null;
        });
    }

    /** Runs the backup before an action; "" without one, else the sentence naming the kept backup. */
    private static String backUpFirst(Callable<String> backUp, String what, Consumer<String> steps) {
        if (backUp == null) {
            return "";
        }
        steps.accept("Backing up the configuration first");
        try {
            return " The backup " + backUp.call() + " taken before is on the Backups screen.";
        } catch (Exception e) {
            throw new IllegalStateException("The backup before the " + what + " failed (" + e.getMessage()
                    + "), so nothing was changed.");
        }
    }

    /** An action run elsewhere (the upgrade) holds the container: its buttons wait, {@code text} says why. */
    void hold(boolean held, String text) {
        busy.set(held);
        progress.set(held ? text : "");
        if (held) {
            error.set("");
        } else {
            refresh();
        }
    }

    public void useProposedPort() {
        if (proposedPort.get() > 0) {
            hostPort.set(String.valueOf(proposedPort.get()));
        }
    }

    private void act(String description, Callable<Void> action) {
        busy.set(true);
        error.set("");
        progress.set(description);
        tasks.submit(description, action, done -> {
            busy.set(false);
            progress.set("");
            refresh();
        }, failure -> {
            busy.set(false);
            progress.set("");
            if (failure instanceof PortInUseException inUse) {
                proposedPort.set(inUse.proposedPort());
                portMessage.set("Port " + inUse.port() + " is used by " + inUse.holder().orElse("another program") + ".");
            }
            error.set(String.valueOf(failure.getMessage()));
            notifier.failure("Container action failed", String.valueOf(failure.getMessage()));
            refresh();
        });
    }

    static Optional<Integer> parsePort(String text) {
        try {
            int port = Integer.parseInt(text == null ? "" : text.trim());
            return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Non-empty while the container's admin port is published beyond loopback and may still take the initial password. */
    private String describePublishRisk() {
        ContainerSnapshot current = snapshot.get();
        if (current == null || current.hostIp() == null || PublishAddress.isLoopback(current.hostIp())
                || initialPasswordChanged.get()) {
            return "";
        }
        String where = PublishAddress.ALL_INTERFACES.equals(current.hostIp()) ? "every network interface"
                : current.hostIp();
        return "Its admin port " + current.hostPort() + " is published on " + where + ", so other machines can reach it."
                + " Until its initial password is changed, anyone there can sign in as Administrator with the password"
                + " \"manage\". Sign in and change it now, or choose \"Only this computer\" in Settings and recreate"
                + " the container.";
    }

    /** Volumes of the container, or those a new one would get. */
    public Map<String, String> volumes() {
        ContainerSnapshot current = snapshot.get();
        return current != null ? current.volumes() : target.get().spec().volumes();
    }

    public ObjectProperty<ContainerTarget> targetProperty() { return target; }
    public StringProperty hostPortProperty() { return hostPort; }
    /** The host address new containers are published on, as the user chose it in Settings (127.0.0.1 by default). */
    public StringProperty publishIpProperty() { return publishIp; }
    /** Set once a sign-in shows the connector no longer takes its initial password; cleared with a new target. */
    public BooleanProperty initialPasswordChangedProperty() { return initialPasswordChanged; }
    public StringBinding publishWarning() { return publishWarning; }
    public ReadOnlyObjectProperty<ContainerSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Boolean> imagePresentProperty() { return imagePresent.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ConnectorState> stateProperty() { return state.getReadOnlyProperty(); }
    public ReadOnlyStringProperty stateReasonProperty() { return stateReason.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty portMessageProperty() { return portMessage.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty proposedPortProperty() { return proposedPort.getReadOnlyProperty(); }
    public BooleanBinding canCreate() { return canCreate; }
    public BooleanBinding canStart() { return canStart; }
    public BooleanBinding canStop() { return canStop; }
    public BooleanBinding canRestart() { return canRestart; }
    public BooleanBinding canRemove() { return canRemove; }
    public BooleanBinding canRecreate() { return canRecreate; }
}
