package dev.connectorconsole.ui.fx;

import dev.connectorconsole.common.NamedThreads;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs short work (engine calls, file I/O) off the FX thread and hands the outcome back on the FX thread.
 * View models take an instance in their constructor; tests use {@link #sameThread()} and need no toolkit.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final ExecutorService pool;
    private final Executor workExecutor;
    private final Executor deliveryExecutor;

    private BackgroundTasks(ExecutorService pool, Executor workExecutor, Executor deliveryExecutor) {
        this.pool = pool;
        this.workExecutor = workExecutor;
        this.deliveryExecutor = deliveryExecutor;
    }

    /** A bounded pool of named daemon threads; outcomes are delivered on the FX thread. */
    public static BackgroundTasks onFxThread(String threadPrefix, int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(256), NamedThreads.factory(threadPrefix));
        pool.allowCoreThreadTimeOut(true);
        return new BackgroundTasks(pool, pool, FxThread::run);
    }

    /** Runs work and delivers its outcome on the calling thread, for view-model tests without a toolkit. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(null, Runnable::run, Runnable::run);
    }

    /** Where outcomes are delivered: the FX thread, or the calling thread for {@link #sameThread()}. */
    public java.util.concurrent.Executor deliveryExecutor() {
        return deliveryExecutor;
    }

    /**
     * Runs {@code work} in the background; exactly one of the callbacks runs afterwards, unless cancelled first. Once
     * the tasks are closed (the window closing), new work is dropped: neither it nor its callbacks run.
     */
    public <T> TaskHandle submit(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work, "work");
        AtomicBoolean cancelled = new AtomicBoolean();
        Runnable job = () -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable failure) {
                if (!(failure instanceof CancellationException)) {
                    LOG.debug("{} failed", description, failure);
                }
                deliver(cancelled, () -> onFailure.accept(failure));
                return;
            }
            deliver(cancelled, () -> onSuccess.accept(result));
        };
        Future<?> future = null;
        if (pool != null) {
            if (pool.isShutdown()) {
                LOG.debug("{} not started: the app is closing", description);
                return () -> { };
            }
            future = pool.submit(job);
        } else {
            workExecutor.execute(job);
        }
        Future<?> running = future;
        return () -> {
            cancelled.set(true);
            if (running != null) {
                running.cancel(true);
            }
        };
    }

    /** Fire-and-forget variant for work whose outcome the caller only logs. */
    public TaskHandle run(String description, ThrowingRunnable work, Consumer<? super Throwable> onFailure) {
        return submit(description, () -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    private void deliver(AtomicBoolean cancelled, Runnable outcome) {
        deliveryExecutor.execute(() -> {
            if (!cancelled.get()) {
                outcome.run();
            }
        });
    }

    /** Lets queued and running work finish for up to {@code timeout}, then stops what is left. */
    public void closeGracefully(java.time.Duration timeout) {
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Stops delivery of the outcome and interrupts the work if it is still running. */
    @FunctionalInterface
    public interface TaskHandle {
        void cancel();
    }
}
