package dev.connectorconsole.ui.fx;

import dev.connectorconsole.common.NamedThreads;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the FX thread and hands the outcome back on the FX thread. Two owned pools: a small one for quick
 * work (engine calls, file I/O behind a click) and a separate one for long waits (readiness, streams, exports), so a
 * wait of minutes never holds up a click. Both are bounded; when one is full the work is refused with a
 * {@link TasksBusyException} handed to its failure callback, never thrown at the caller.
 * View models take an instance in their constructor; tests use {@link #sameThread()} and need no toolkit.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    static final int QUICK_QUEUE = 256;
    static final int MAX_WAITS = 16;

    private final ExecutorService quick;
    private final ExecutorService waits;
    private final Executor deliveryExecutor;

    private BackgroundTasks(ExecutorService quick, ExecutorService waits, Executor deliveryExecutor) {
        this.quick = quick;
        this.waits = waits;
        this.deliveryExecutor = deliveryExecutor;
    }

    /** A bounded pool of named daemon threads for quick work, one for long waits; outcomes arrive on the FX thread. */
    public static BackgroundTasks onFxThread(String threadPrefix, int threads) {
        return delivering(threadPrefix, threads, QUICK_QUEUE, MAX_WAITS, FxThread::run);
    }

    /**
     * The same pools with explicit bounds, delivering outcomes through {@code delivery} (the FX thread in the app; a
     * single thread standing in for it in tests that need no toolkit).
     */
    public static BackgroundTasks delivering(String threadPrefix, int threads, int queued, int waits, Executor delivery) {
        ThreadPoolExecutor quick = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(queued), NamedThreads.factory(threadPrefix));
        quick.allowCoreThreadTimeOut(true);
        ThreadPoolExecutor longWaits = new ThreadPoolExecutor(0, waits, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), NamedThreads.factory(threadPrefix + "-wait"));
        return new BackgroundTasks(quick, longWaits, Objects.requireNonNull(delivery, "delivery"));
    }

    /** Runs work and delivers its outcome on the calling thread, for view-model tests without a toolkit. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(null, null, Runnable::run);
    }

    /** Where outcomes are delivered: the FX thread, or the calling thread for {@link #sameThread()}. */
    public Executor deliveryExecutor() {
        return deliveryExecutor;
    }

    /**
     * Runs quick {@code work} in the background; exactly one of the callbacks runs afterwards, unless cancelled first.
     * Once the tasks are closed (the window closing), new work is dropped: neither it nor its callbacks run.
     */
    public <T> TaskHandle submit(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                 Consumer<? super Throwable> onFailure) {
        return start(quick, description, work, onSuccess, onFailure);
    }

    /**
     * Like {@link #submit}, for work that may take minutes (waiting for readiness, opening or reading a stream,
     * exporting): it runs on a thread of its own, never on the pool that serves clicks.
     */
    public <T> TaskHandle submitLong(String description, Callable<T> work, Consumer<? super T> onSuccess,
                                     Consumer<? super Throwable> onFailure) {
        return start(waits, description, work, onSuccess, onFailure);
    }

    /** Fire-and-forget variant for work whose outcome the caller only logs. */
    public TaskHandle run(String description, ThrowingRunnable work, Consumer<? super Throwable> onFailure) {
        return submit(description, () -> {
            work.run();
            return null;
        }, ignored -> { }, onFailure);
    }

    private <T> TaskHandle start(ExecutorService pool, String description, Callable<T> work,
                                 Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
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
        if (pool == null) {
            job.run();
            return () -> cancelled.set(true);
        }
        if (pool.isShutdown()) {
            LOG.debug("{} not started: the app is closing", description);
            return () -> { };
        }
        Future<?> running;
        try {
            running = pool.submit(job);
        } catch (RejectedExecutionException full) {
            if (pool.isShutdown()) {
                return () -> { };
            }
            LOG.debug("{} refused: the pool is full", description);
            TasksBusyException busy = new TasksBusyException(description);
            deliver(cancelled, () -> onFailure.accept(busy));
            return () -> cancelled.set(true);
        }
        return () -> {
            cancelled.set(true);
            running.cancel(true);
        };
    }

    private void deliver(AtomicBoolean cancelled, Runnable outcome) {
        deliveryExecutor.execute(() -> {
            if (!cancelled.get()) {
                outcome.run();
            }
        });
    }

    /** Lets queued and running quick work finish for up to {@code timeout}, then stops what is left; waits stop now. */
    public void closeGracefully(java.time.Duration timeout) {
        if (quick == null) {
            return;
        }
        waits.shutdownNow();
        quick.shutdown();
        try {
            if (!quick.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                quick.shutdownNow();
            }
        } catch (InterruptedException e) {
            quick.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (quick != null) {
            quick.shutdownNow();
            waits.shutdownNow();
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
