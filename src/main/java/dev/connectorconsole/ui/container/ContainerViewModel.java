package dev.connectorconsole.ui.container;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.connectorconsole.engine.ConnectorState;
import dev.connectorconsole.engine.ConnectorStatus;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.PortInUseException;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessTracker;
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
    private BackgroundTasks.TaskHandle readinessWait = () -> { };

    private final ObjectProperty<ContainerTarget> target = new SimpleObjectProperty<>();
    private final StringProperty hostPort = new SimpleStringProperty("");
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
        readinessWait = tasks.submitLong("readiness of " + running.name(), () -> service.awaitReady(port, readyTimeout,
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
        act("Creating and starting " + withPort.container() + "…", () -> {
            service.run(withPort.spec().withLabels(extraLabels));
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
        String name = target.get().container();
        act("Removing " + name + (keepVolumes ? " (keeping its data)…" : " and its data…"), () -> {
            service.remove(name, !keepVolumes);
            return null;
        });
    }

    /** A new container from the current image with the same volumes, so the configuration stays. */
    public void recreate() {
        Optional<Integer> port = parsePort(hostPort.get());
        if (port.isEmpty()) {
            return;
        }
        ContainerTarget withPort = target.get().withHostPort(port.get());
        act("Recreating " + withPort.container() + " from " + withPort.image() + "…", () -> {
            service.recreate(withPort.spec().withLabels(extraLabels));
            return null;
        });
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

    /** Volumes of the container, or those a new one would get. */
    public Map<String, String> volumes() {
        ContainerSnapshot current = snapshot.get();
        return current != null ? current.volumes() : target.get().spec().volumes();
    }

    public ObjectProperty<ContainerTarget> targetProperty() { return target; }
    public StringProperty hostPortProperty() { return hostPort; }
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
