package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import dev.connectorconsole.common.NamedThreads;
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
 * {@link LogSource#TRACE} lines. It runs {@code tail -n N -F <file>} through exec, so a file that does not exist yet,
 * or is rotated, is picked up when it appears. {@link #close()} ends the exec stream and stops the {@code tail}
 * process in the container. Of {@link LogOptions}, only {@code tail} applies (null: the whole file).
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
    private volatile String tailPid;
    private volatile String lastProblem;
    private boolean started;

    public TraceFileFollower(DockerClient docker, String container, LogOptions options, LogBuffer buffer) {
        this(docker, container, CONNECTOR_TRACE_FILE, options, buffer);
    }

    public TraceFileFollower(DockerClient docker, String container, String file, LogOptions options, LogBuffer buffer) {
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

    /** Starts following; returns at once (the exec is set up on the follower's own thread). */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        pump.startThread();
        if (!pump.isClosed()) {
            threads.newThread(this::startExec).start();
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
            lastProblem = text;
        } else if (tailPid == null) {
            tailPid = text.trim();
        } else {
            pending.add(new LogLine(0, null, LogSource.TRACE, text, runs));
        }
    }

    private void publish() {
        if (!pending.isEmpty()) {
            buffer.append(pending);
            pending.clear();
        }
    }

    /** The last complaint of {@code tail} (for example that the file does not exist yet), if any. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** Completes when following has ended: container stopped, {@link #close()}, or a failure (exceptionally). */
    public CompletableFuture<Void> finished() {
        return pump.finished();
    }

    public boolean isRunning() {
        return pump.isRunning();
    }

    /** Stops following and, in the background, the tail process in the container. Does not wait. */
    @Override
    public void close() {
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
