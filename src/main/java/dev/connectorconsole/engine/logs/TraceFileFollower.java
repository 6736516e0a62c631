package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import dev.connectorconsole.common.NamedThreads;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a file inside a running container, by default the connector's trace file, into a {@link LogBuffer} as
 * {@link LogSource#TRACE} lines. When the container has a shell with {@code tail}, it runs {@code tail -n N -F <file>}
 * through exec; otherwise (an image {@code FROM scratch}, like the sandbox's) it polls the file through the engine's
 * archive API ({@link ArchiveFilePoller}). Either way a file that does not exist yet, or is rotated, is picked up when
 * it appears, and {@link #problem()} says what is being waited for. {@link #close()} ends the stream and stops the
 * {@code tail} process in the container. When following ends, {@link #endReason()} says why, from what the engine
 * says about the container. Of {@link LogOptions}, only {@code tail} applies (null: the whole file).
 */
public final class TraceFileFollower implements AutoCloseable {

    public static final String CONNECTOR_TRACE_FILE = "/opt/sap/scc/log/scc_core.trc";

    private static final Logger LOG = LoggerFactory.getLogger(TraceFileFollower.class);
    /** Prints the shell's PID, which the exec'd tail keeps, so close() can stop it. $0 is the file. */
    private static final String TAIL_SCRIPT = "echo $$; exec tail -n \"$1\" -F \"$0\"";

    private final DockerClient docker;
    private final String container;
    private final String file;
    private final LogOptions options;
    private final LogBuffer buffer;
    private final ThreadFactory threads;
    private final FramePump pump;
    private final LineAssembler assembler;
    private final List<LogLine> pending = new ArrayList<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final Duration pollInterval;
    private volatile ArchiveFilePoller poller;
    private volatile String tailPid;
    private volatile String lastProblem;
    private volatile String endReason;
    private volatile boolean closed;
    private boolean started;

    public TraceFileFollower(DockerClient docker, String container, LogOptions options, LogBuffer buffer) {
        this(docker, container, CONNECTOR_TRACE_FILE, options, buffer);
    }

    public TraceFileFollower(DockerClient docker, String container, String file, LogOptions options, LogBuffer buffer) {
        this(docker, container, file, options, buffer, ArchiveFilePoller.INTERVAL);
    }

    TraceFileFollower(DockerClient docker, String container, String file, LogOptions options, LogBuffer buffer,
                      Duration pollInterval) {
        this.pollInterval = pollInterval;
        this.docker = Objects.requireNonNull(docker, "docker");
        this.container = Objects.requireNonNull(container, "container");
        this.file = Objects.requireNonNull(file, "file");
        this.options = Objects.requireNonNull(options, "options");
        this.buffer = Objects.requireNonNull(buffer, "buffer");
        this.threads = NamedThreads.factory("cc-trace-" + container);
        this.assembler = new LineAssembler(false, LogSource.TRACE, LogSource.STDERR, this::line);
        this.pump = new FramePump(threads, new FramePump.FrameConsumer() {
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

    /** Starts following; returns at once (the exec or polling is set up on the follower's own thread). */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        threads.newThread(this::follow).start();
    }

    private void follow() {
        if (closed) {
            end(null);
        } else if (hasTail()) {
            pump.finished().whenComplete((ok, failure) -> end(failure));
            pump.startThread();
            if (!pump.isClosed()) {
                startExec();
            }
        } else {
            poll();
        }
    }

    /** Whether the container can run {@code tail} from a shell; a {@code FROM scratch} image cannot. */
    private boolean hasTail() {
        try {
            String execId = docker.execCreateCmd(container).withCmd("sh", "-c", "command -v tail")
                    .withAttachStdout(true).withAttachStderr(true).exec().getId();
            docker.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>()).awaitCompletion(10, TimeUnit.SECONDS);
            Long exitCode = docker.inspectExecCmd(execId).exec().getExitCodeLong();
            return exitCode != null && exitCode == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException e) {
            LOG.debug("no shell with tail in {}: {}", container, e.getMessage());
            return false;
        }
    }

    private void poll() {
        ArchiveFilePoller filePoller = new ArchiveFilePoller(docker, container, file, options.tail(), pollInterval,
                texts -> buffer.append(texts.stream().map(t -> new LogLine(0, null, LogSource.TRACE, t, null)).toList()),
                problem -> lastProblem = problem);
        poller = filePoller;
        try {
            if (!closed) {
                filePoller.run();
            }
            end(null);
        } catch (InterruptedException e) {
            end(null);
        } catch (RuntimeException e) {
            end(e);
        }
    }

    private void end(Throwable failure) {
        if (!closed) {
            endReason = FollowEnd.explain(docker, container);
        }
        if (failure == null) {
            finished.complete(null);
        } else {
            finished.completeExceptionally(failure);
        }
    }

    private void startExec() {
        try {
            String lines = options.tail() == null ? "+1" : String.valueOf(options.tail());
            String execId = docker.execCreateCmd(container)
                    .withCmd("sh", "-c", TAIL_SCRIPT, file, lines)
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .exec()
                    .getId();
            if (!pump.isClosed()) {
                docker.execStartCmd(execId).exec(pump);
            }
        } catch (RuntimeException e) {
            pump.onError(e);
        }
    }

    private void line(LogSource source, Instant timestamp, String text, List<StyledRun> runs) {
        if (source == LogSource.STDERR) {
            LOG.debug("tail of {} in {}: {}", file, container, text);
            lastProblem = text.contains("No such file") ? FollowEnd.missingFile(file)
                    : text.contains("has appeared") || text.contains("has become accessible") ? null : text;
        } else if (tailPid == null) {
            tailPid = text.trim();
        } else {
            lastProblem = null;
            pending.add(new LogLine(0, null, LogSource.TRACE, text, runs));
        }
    }

    private void publish() {
        if (!pending.isEmpty()) {
            buffer.append(pending);
            pending.clear();
        }
    }

    /** What following waits for now, for example "The file … does not exist yet"; empty while lines can come. */
    public Optional<String> problem() {
        return Optional.ofNullable(lastProblem);
    }

    /** The last complaint of {@code tail} or of the engine, if any (same as {@link #problem()}). */
    public Optional<String> lastProblem() {
        return problem();
    }

    /**
     * Why following ended ("The container … stopped", "… was removed", "The engine is unreachable …"), once
     * {@link #finished()} completed by itself; empty while following and after {@link #close()}.
     */
    public Optional<String> endReason() {
        return Optional.ofNullable(endReason);
    }

    /**
     * Completes when following has ended (container stopped, {@link #close()}, or a failure: exceptionally), after
     * {@link #endReason()} is known.
     */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    public boolean isRunning() {
        return started && !finished.isDone();
    }

    /** Stops following and, in the background, the tail process in the container. Does not wait. */
    @Override
    public void close() {
        closed = true;
        ArchiveFilePoller filePoller = poller;
        if (filePoller != null) {
            filePoller.stop();
        }
        pump.close();
        String pid = tailPid;
        if (pid != null && pid.chars().allMatch(Character::isDigit)) {
            threads.newThread(() -> stopTail(pid)).start();
        }
    }

    private void stopTail(String pid) {
        try {
            String execId = docker.execCreateCmd(container).withCmd("kill", pid).exec().getId();
            docker.execStartCmd(execId).exec(new ResultCallback.Adapter<Frame>()).awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("could not stop tail {} in {} (the container may be gone): {}", pid, container, e.getMessage());
        }
    }
}
