package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import dev.connectorconsole.common.NamedThreads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a container's stdout and stderr into a {@link LogBuffer}, in batches, on a thread of its own
 * ({@code cc-logs-<container>-N}). With {@link LogOptions#follow()} it keeps reading until the container stops or
 * {@link #close()} is called; {@link #finished()} tells when that happened.
 *
 * <p>When following, the engine is always asked for time stamps (they are kept in the lines only when the options say
 * so): they let {@link #continuation()} pick up after a container restart exactly where this follower stopped, with
 * no line lost and none repeated. A one-off read without time stamps spares the engine that work.
 */
public final class LogFollower implements AutoCloseable {

    private final DockerClient docker;
    private final String container;
    private final LogOptions options;
    private final LogBuffer buffer;
    private final ResumeTracker tracker;
    private final Instant engineSince;
    private final boolean engineTimestamps;
    private final LineAssembler assembler;
    private final FramePump pump;
    private final List<LogLine> pending = new ArrayList<>();
    private volatile ResumePoint resumePoint;
    private boolean started;

    public LogFollower(DockerClient docker, String container, LogOptions options, LogBuffer buffer) {
        this(docker, container, options, buffer, null);
    }

    private LogFollower(DockerClient docker, String container, LogOptions options, LogBuffer buffer, ResumePoint after) {
        this.docker = Objects.requireNonNull(docker, "docker");
        this.container = Objects.requireNonNull(container, "container");
        this.options = Objects.requireNonNull(options, "options");
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.tracker = new ResumeTracker(after);
        this.resumePoint = after;
        this.engineSince = after != null ? after.timestamp() : options.since();
        this.engineTimestamps = options.timestamps() || options.follow() || after != null;
        boolean keepTimestamps = options.timestamps();
        this.assembler = new LineAssembler(engineTimestamps, (source, timestamp, text, runs) -> {
            if (tracker.isNew(timestamp)) {
                pending.add(new LogLine(0, keepTimestamps ? timestamp : null, source, text, runs));
            }
        });
        this.pump = new FramePump(NamedThreads.factory("cc-logs-" + container), new FramePump.FrameConsumer() {
            @Override
            public void frame(Frame frame) {
                assembler.accept(frame);
            }

            @Override
            public void endOfBatch() {
                publish();
            }

            @Override
            public void endOfStream(Throwable error) {
                assembler.flush();
                publish();
            }
        });
    }

    /**
     * A follower (not started) that follows the container's log from just after {@code after}: nothing at or before
     * that point is appended again.
     */
    public static LogFollower resuming(DockerClient docker, String container, ResumePoint after, boolean timestamps,
            LogBuffer buffer) {
        Objects.requireNonNull(after, "after");
        return new LogFollower(docker, container, new LogOptions(null, null, timestamps, true), buffer, after);
    }

    /** Starts reading. Returns at once; lines arrive in the buffer from the follower's own thread. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        LogContainerCmd cmd = docker.logContainerCmd(container)
                .withStdOut(true)
                .withStdErr(true)
                .withTimestamps(engineTimestamps)
                .withFollowStream(options.follow());
        if (options.tail() != null) {
            cmd.withTail(options.tail());
        } else {
            cmd.withTailAll();
        }
        if (engineSince != null) {
            cmd.withSince(Math.toIntExact(engineSince.getEpochSecond())); // the engine API takes whole seconds
        }
        pump.startThread();
        if (pump.isClosed()) {
            return;
        }
        try {
            cmd.exec(pump);
        } catch (RuntimeException e) {
            pump.onError(e);
            throw e;
        }
    }

    /**
     * A new follower (not started) for the same container and buffer that continues after the last line this one
     * appended, following. Only for a follower or a reader with time stamps. Use it when the container was restarted and this follower's stream ended.
     */
    public LogFollower continuation() {
        if (!engineTimestamps) {
            throw new IllegalStateException("a one-off read without time stamps cannot be continued without repeats");
        }
        ResumePoint point = resumePoint;
        if (point == null) {
            return new LogFollower(docker, container, options, buffer, null);
        }
        return resuming(docker, container, point, options.timestamps(), buffer);
    }

    /** The point after the last line appended so far, when one was seen. */
    public Optional<ResumePoint> resumePoint() {
        return Optional.ofNullable(resumePoint);
    }

    /**
     * Completes when reading has ended and every line read is in the buffer: the log ended (not following), the
     * container stopped, or {@link #close()} was called. Completes exceptionally when the engine refused or broke the
     * stream (for example a docker-java {@code NotFoundException} for an unknown container).
     */
    public CompletableFuture<Void> finished() {
        return pump.finished();
    }

    public boolean isRunning() {
        return pump.isRunning();
    }

    public String container() {
        return container;
    }

    /** Stops reading; returns without waiting for the engine. */
    @Override
    public void close() {
        pump.close();
    }

    private void publish() {
        if (!pending.isEmpty()) {
            buffer.append(pending);
            pending.clear();
        }
        ResumePoint point = tracker.resumePoint();
        if (point != null) {
            resumePoint = point;
        }
    }
}
