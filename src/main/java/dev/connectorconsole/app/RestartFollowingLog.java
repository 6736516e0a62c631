package dev.connectorconsole.app;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.connectorconsole.common.NamedThreads;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.logs.LogFollower;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Follows a container's log across stops and restarts: when the container stops, it waits for it to run again and
 * continues after the last line it read, so the buffer gets every line once. Ends when closed, when the container is
 * removed, or when the engine breaks the stream.
 */
final class RestartFollowingLog implements LogStreams.Following {
    private static final long CHECK_EVERY_MS = 1_000;

    private final EngineConnection engine;
    private final String container;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final ScheduledExecutorService waiter;
    private volatile LogFollower current;
    private volatile boolean closed;
    private volatile String endReason;

    RestartFollowingLog(EngineConnection engine, String container, LogFollower first) {
        this.engine = engine;
        this.container = container;
        this.waiter = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory("cc-logs-restart-" + container));
        follow(first);
    }

    private void follow(LogFollower follower) {
        current = follower;
        follower.start();
        follower.finished().whenComplete((ok, failure) -> {
            if (closed) {
                end(null);
            } else if (failure != null) {
                end(failure);
            } else {
                waiter.schedule(this::continueWhenRunning, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
            }
        });
    }

    private void continueWhenRunning() {
        if (closed) {
            end(null);
            return;
        }
        try {
            Boolean running = engine.client().inspectContainerCmd(container).exec().getState().getRunning();
            if (Boolean.TRUE.equals(running)) {
                follow(current.continuation());
            } else {
                waiter.schedule(this::continueWhenRunning, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
            }
        } catch (NotFoundException removed) {
            endReason = "The container " + container + " was removed";
            end(null);
        } catch (RuntimeException engineGone) {
            waiter.schedule(this::continueWhenRunning, CHECK_EVERY_MS * 5, TimeUnit.MILLISECONDS);
        }
    }

    private void end(Throwable failure) {
        waiter.shutdown();
        if (failure == null) {
            finished.complete(null);
        } else {
            finished.completeExceptionally(failure);
        }
    }

    @Override
    public CompletableFuture<Void> finished() {
        return finished;
    }

    @Override
    public java.util.Optional<String> endReason() {
        return java.util.Optional.ofNullable(endReason);
    }

    @Override
    public void close() {
        closed = true;
        current.close();
        waiter.shutdownNow();
        finished.complete(null);
    }
}
