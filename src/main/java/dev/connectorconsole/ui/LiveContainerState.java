package dev.connectorconsole.ui;

import dev.connectorconsole.common.NamedThreads;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineEvent;
import dev.connectorconsole.engine.EngineEvents;
import dev.connectorconsole.engine.EngineStatus;
import dev.connectorconsole.ui.fx.FxThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the container screen live from the engine's event stream: an event of the managed container, or the engine
 * coming back, queues one re-read of the real state; a burst of events still gives a single re-read.
 */
final class LiveContainerState implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveContainerState.class);

    private final Supplier<EngineConnection> engine;
    private final Runnable reread;
    private final Consumer<EngineStatus> engineStatus;
    private final AtomicBoolean rereadQueued = new AtomicBoolean();
    private volatile String containerName;
    private EngineEvents events;
    private boolean closed;

    LiveContainerState(Supplier<EngineConnection> engine, Runnable reread, Consumer<EngineStatus> engineStatus) {
        this.engine = engine;
        this.reread = reread;
        this.engineStatus = engineStatus;
    }

    /** The container whose events matter; called on the FX thread when the target changes. */
    void follow(String name) {
        containerName = name;
    }

    /** Opens the event stream on a thread of its own: opening a client (or an ssh tunnel) is not FX work. */
    void start() {
        NamedThreads.factory("cc-live-state-start").newThread(this::open).start();
    }

    private void open() {
        try {
            EngineEvents opened = new EngineEvents(engine, java.util.Map.of(), this::onEvent, this::onStatus);
            synchronized (this) {
                if (closed) {
                    return;
                }
                events = opened;
            }
            opened.start();
        } catch (RuntimeException e) {
            LOG.info("No live container state: {}", e.getMessage());
        }
    }

    private void onEvent(EngineEvent event) {
        if ("container".equals(event.type()) && event.name() != null && event.name().equals(containerName)) {
            queueReread();
        }
    }

    private void onStatus(EngineStatus status) {
        FxThread.run(() -> engineStatus.accept(status));
        if (status == EngineStatus.UP) {
            queueReread();
        }
    }

    private void queueReread() {
        if (rereadQueued.compareAndSet(false, true)) {
            FxThread.run(() -> {
                rereadQueued.set(false);
                reread.run();
            });
        }
    }

    @Override
    public void close() {
        EngineEvents open;
        synchronized (this) {
            closed = true;
            open = events;
        }
        if (open != null) {
            open.close();
        }
    }
}
