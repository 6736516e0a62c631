package dev.connectorconsole.ui.container;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.connectorconsole.app.ContainerService;
import dev.connectorconsole.engine.ConnectorState;
import dev.connectorconsole.engine.ConnectorStatus;
import dev.connectorconsole.engine.ContainerSnapshot;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessTracker;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;

/**
 * The connector's state and the reason for it: read from each inspection of the container and, while a container that
 * just started comes up, from a readiness probe in the background that says how far it got. A change into Ready,
 * Unhealthy or Stopped is told through the notifier.
 */
final class ContainerStatePresenter {
    private final ContainerService service;
    private final BackgroundTasks tasks;
    private final Notifier notifier;
    private final Duration readyTimeout;
    private final Executor deliver;
    private final ReadinessTracker tracker = new ReadinessTracker();
    private final ReadOnlyObjectWrapper<ConnectorState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private long probeGeneration;
    private BackgroundTasks.TaskHandle readinessWait = () -> { };
    /** The run (container id and start time) whose readiness is probed or was; null: none. */
    private String probedRun;
    private Runnable onProbed = () -> { };

    ContainerStatePresenter(ContainerService service, BackgroundTasks tasks, Notifier notifier, Duration readyTimeout) {
        this.service = service;
        this.tasks = tasks;
        this.notifier = notifier;
        this.readyTimeout = readyTimeout;
        this.deliver = tasks.deliveryExecutor();
    }

    /**
     * An inspection found {@code found} where {@code previous} was before; a container that started since is probed
     * for readiness, on its published port or else on {@code configuredPort}.
     */
    void show(ContainerSnapshot previous, Optional<ContainerSnapshot> found, int configuredPort) {
        showStatus(tracker.container(found));
        boolean startedNow = found.isPresent() && found.get().running()
                && (previous == null || !previous.running() || !Objects.equals(previous.startedAt(),
                found.get().startedAt()));
        // A run not probed yet: one that started now, or one last known before a switch whose probe never ended.
        if (state.get() == ConnectorState.STARTING && found.isPresent() && found.get().running()
                && (startedNow || !runOf(found.get()).equals(probedRun))) {
            probeReadiness(found.get(), configuredPort);
        } else if (found.isEmpty() || !found.get().running()) {
            readinessWait.cancel();
            probedRun = null;
        }
    }

    /**
     * Another container is followed: its state as last known ({@code known} false: nothing, no state shown), told
     * to nobody; a probe of the container before is dropped.
     */
    void recall(boolean known, ContainerSnapshot snapshot, Readiness probe) {
        probeGeneration++;
        readinessWait.cancel();
        probedRun = null;
        ConnectorStatus status = tracker.resume(snapshot, probe);
        state.set(known ? status.state() : null);
        reason.set(known ? status.reason() : "");
    }

    /** The readiness probe's answer for the current run; null while there is none. */
    Readiness probe() {
        return tracker.probe();
    }

    /** Runs (FX thread) once a probe has answered for the container followed. */
    void onProbed(Runnable action) {
        this.onProbed = action;
    }

    private static String runOf(ContainerSnapshot snapshot) {
        return snapshot.id() + "@" + snapshot.startedAt();
    }

    private void showStatus(ConnectorStatus status) {
        ConnectorState before = state.get();
        state.set(status.state());
        reason.set(status.reason());
        if (before != null && before != status.state()) {
            switch (status.state()) {
                case READY -> notifier.success("Connector ready", status.reason());
                case UNHEALTHY -> notifier.failure("Connector not answering", status.reason());
                case STOPPED -> notifier.info("Container stopped", status.reason());
                default -> { }
            }
        }
    }

    private void probeReadiness(ContainerSnapshot running, int configuredPort) {
        long generation = ++probeGeneration;
        readinessWait.cancel();
        probedRun = runOf(running);
        int port = running.hostPort() == null ? configuredPort : running.hostPort();
        readinessWait = tasks.submitLong("readiness of " + running.name(), () -> service.awaitReady(running.hostIp(), port, readyTimeout,
                        message -> deliver.execute(() -> {
                            if (generation == probeGeneration) {
                                reason.set(message);
                            }
                        })),
                (Readiness readiness) -> {
                    if (generation == probeGeneration) {
                        showStatus(tracker.probed(readiness));
                        onProbed.run();
                    }
                }, failure -> { });
    }

    ReadOnlyObjectProperty<ConnectorState> stateProperty() { return state.getReadOnlyProperty(); }
    ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
}
