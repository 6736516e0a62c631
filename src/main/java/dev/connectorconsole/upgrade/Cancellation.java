package dev.connectorconsole.upgrade;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running upgrade to stop. Before the container is touched the upgrade ends with nothing changed (a new image
 * already built stays); during the replacement it is put back as on any failure, at the latest once the new connector
 * answered (the wait for it runs to its timeout).
 */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            actions.forEach(Runnable::run);
        }
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Runs {@code action} on cancel (at once if already cancelled), e.g. to stop an image build. */
    void onCancel(Runnable action) {
        actions.add(action);
        if (cancelled.get()) {
            action.run();
        }
    }
}
