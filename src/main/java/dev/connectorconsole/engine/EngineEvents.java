package dev.connectorconsole.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.EventsCmd;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import dev.connectorconsole.common.NamedThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Follows the engine's container and image events and hands them to {@code sink} on the thread "cc-engine-events".
 * When the stream breaks and the engine does not answer, {@code status} gets DOWN once and reconnection is retried
 * with backoff (0.5 s doubling to 10 s); every (re)subscription reports UP, after which listeners re-read the real
 * state because events may have been missed.
 */
public final class EngineEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EngineEvents.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(10);

    private final Supplier<EngineConnection> engine;
    private final Map<String, String> labelFilter;
    private final Consumer<EngineEvent> sink;
    private final Consumer<EngineStatus> status;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(NamedThreads.factory("cc-engine-events"));
    private final Backoff backoff = new Backoff(FIRST_RETRY, LONGEST_RETRY);
    private volatile boolean closed;
    private Closeable subscription;
    private EngineStatus lastStatus;

    public EngineEvents(EngineConnection engine, Consumer<EngineEvent> sink, Consumer<EngineStatus> status) {
        this(engine, Map.of(), sink, status);
    }

    /** Only events of containers and images carrying all these labels. */
    public EngineEvents(EngineConnection engine, Map<String, String> labelFilter, Consumer<EngineEvent> sink,
                        Consumer<EngineStatus> status) {
        this(() -> engine, labelFilter, sink, status);
    }

    /**
     * Asks {@code engine} for the connection at every (re)subscription, so a connection replaced meanwhile (the user
     * chose another engine in Settings) is followed instead of the closed one.
     */
    public EngineEvents(Supplier<EngineConnection> engine, Map<String, String> labelFilter, Consumer<EngineEvent> sink,
                        Consumer<EngineStatus> status) {
        this.engine = engine;
        this.labelFilter = Map.copyOf(labelFilter);
        this.sink = sink;
        this.status = status;
    }

    public void start() {
        submit(this::subscribe, Duration.ZERO);
    }

    /** Runs on the events thread. */
    private void subscribe() {
        if (closed) {
            return;
        }
        try {
            EngineConnection current = engine.get();
            current.ping();
            EventsCmd command = current.streamingClient().eventsCmd().withEventTypeFilter(EventType.CONTAINER, EventType.IMAGE);
            if (!labelFilter.isEmpty()) {
                command.withLabelFilter(labelFilter);
            }
            subscription = command.exec(new Stream());
            backoff.reset();
            report(EngineStatus.UP);
        } catch (EngineException | RejectedExecutionException e) {
            report(EngineStatus.DOWN);
            Duration delay = backoff.next();
            LOG.info("Engine events: {}; retrying in {} ms", e.getMessage(), delay.toMillis());
            submit(this::subscribe, delay);
        }
    }

    private void streamEnded(Stream which, Throwable cause) {
        if (closed || which != subscription) {
            return;
        }
        LOG.info("Engine event stream ended{}", cause == null ? "" : ": " + cause.getMessage());
        subscription = null;
        subscribe();
    }

    private void report(EngineStatus next) {
        if (next == EngineStatus.DOWN && lastStatus == EngineStatus.DOWN) {
            return;
        }
        lastStatus = next;
        status.accept(next);
    }

    private void submit(Runnable task, Duration delay) {
        try {
            thread.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("Engine events listener failed", e);
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException afterClose) {
            // closed meanwhile
        }
    }

    @Override
    public void close() {
        closed = true;
        submit(() -> {
            closeQuietly(subscription);
            subscription = null;
        }, Duration.ZERO);
        thread.shutdown();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // closing on shutdown
        }
    }

    private final class Stream extends ResultCallback.Adapter<Event> {
        @Override
        public void onNext(Event event) {
            EngineEvent typed = toEngineEvent(event);
            submit(() -> {
                if (!closed) {
                    sink.accept(typed);
                }
            }, Duration.ZERO);
        }

        @Override
        public void onError(Throwable throwable) {
            closeQuietly(this); // an engine going away is reported as DOWN, not logged as an error
            submit(() -> streamEnded(this, throwable), Duration.ZERO);
        }

        @Override
        public void onComplete() {
            super.onComplete();
            submit(() -> streamEnded(this, null), Duration.ZERO);
        }
    }

    static EngineEvent toEngineEvent(Event event) {
        String type = event.getType() == null ? "" : event.getType().getValue();
        Map<String, String> attributes = event.getActor() == null || event.getActor().getAttributes() == null
                ? Map.of() : event.getActor().getAttributes();
        String id = event.getActor() != null && event.getActor().getId() != null ? event.getActor().getId() : event.getId();
        Instant time = event.getTimeNano() != null ? Instant.ofEpochSecond(0, event.getTimeNano())
                : event.getTime() != null ? Instant.ofEpochSecond(event.getTime()) : Instant.now();
        return new EngineEvent(type, event.getAction() != null ? event.getAction() : event.getStatus(), id,
                attributes.getOrDefault("name", event.getFrom()), time);
    }
}
