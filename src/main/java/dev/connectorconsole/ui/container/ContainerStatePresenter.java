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
        if (startedNow && state.get() == ConnectorState.STARTING) {
            probeReadiness(found.get(), configuredPort);
        } else if (found.isEmpty() || !found.get().running()) {
            readinessWait.cancel();
        }
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
                    }
                }, failure -> { });
    }

    ReadOnlyObjectProperty<ConnectorState> stateProperty() { return state.getReadOnlyProperty(); }
    ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
}
