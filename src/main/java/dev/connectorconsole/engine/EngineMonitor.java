package dev.connectorconsole.engine;

import dev.connectorconsole.common.NamedThreads;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Pings the engine every {@code interval} on the thread "cc-engine-monitor" and tells the listener which engine is
 * used and whether it answers: once at the first check, then whenever that changes (it went away, it recovered,
 * the failure changed).
 */
public final class EngineMonitor implements AutoCloseable {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final EngineConnection engine;
    private final Duration interval;
    private final Consumer<EngineHealth> listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory("cc-engine-monitor"));
    private volatile EngineHealth last;

    public EngineMonitor(EngineConnection engine, Duration interval, Consumer<EngineHealth> listener) {
        this.engine = engine;
        this.interval = interval;
        this.listener = listener;
    }

    public void start() {
        thread.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The latest check, null before the first one finished. */
    public EngineHealth last() {
        return last;
    }

    private void check() {
        EngineHealth health;
        try {
            health = new EngineHealth(engine.endpoint(), engine.ping(), null);
        } catch (EngineException e) {
            health = new EngineHealth(engine.endpoint(), null, e);
        } catch (RuntimeException e) {
            health = new EngineHealth(engine.endpoint(), null, EngineFailures.translate(e, engine.endpoint()));
        }
        EngineHealth previous = last;
        last = health;
        if (!health.sameAs(previous)) {
            try {
                listener.accept(health);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(EngineMonitor.class).warn("Engine health listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
