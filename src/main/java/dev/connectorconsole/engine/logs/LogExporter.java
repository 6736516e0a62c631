package dev.connectorconsole.engine.logs;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Writes a container's whole log (stdout and stderr, in the engine's order) to a text file, read afresh from the engine
 * rather than from a {@link LogBuffer}, so lines the buffer has dropped are included. Lines are plain text (escape
 * codes removed), optionally prefixed with each line's time stamp, written by the given format (the engine's own
 * RFC 3339 form unless told otherwise). The file appears complete or not at all: it is written next to the target and
 * moved into place at the end. Blocks the calling thread until done.
 */
public final class LogExporter {
    private final Function<Instant, String> timestampFormat;

    /** Time stamps as the engine writes them (UTC, nanoseconds). */
    public LogExporter() {
        this(EngineTimestamps::format);
    }

    public LogExporter(Function<Instant, String> timestampFormat) {
        this.timestampFormat = Objects.requireNonNull(timestampFormat, "timestampFormat");
    }

    /** Exports the log and returns the number of lines written. */
    public long export(DockerClient docker, String container, Path file, boolean timestamps)
            throws IOException, InterruptedException {
        Objects.requireNonNull(docker, "docker");
        Objects.requireNonNull(container, "container");
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        boolean moved = false;
        try {
            long lines;
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                lines = copyLog(docker, container, out, timestamps);
            }
            move(temp, target);
            moved = true;
            return lines;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private long copyLog(DockerClient docker, String container, BufferedWriter out, boolean timestamps)
            throws IOException, InterruptedException {
        long[] count = {0};
        LineAssembler assembler = new LineAssembler(timestamps, (source, timestamp, text, runs) -> {
            try {
                if (timestamps && timestamp != null) {
                    out.write(timestampFormat.apply(timestamp));
                    out.write(' ');
                }
                out.write(text);
                out.write('\n');
                count[0]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ExportCallback callback = new ExportCallback(assembler);
        docker.logContainerCmd(container)
                .withStdOut(true)
                .withStdErr(true)
                .withTimestamps(timestamps)
                .withTailAll()
                .withFollowStream(false)
                .exec(callback);
        try {
            callback.awaitCompletion();
        } catch (InterruptedException e) {
            callback.close();
            throw e;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        assembler.flush();
        return count[0];
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Assembles lines on docker-java's stream thread; a write failure ends the stream and is rethrown on await. */
    private static final class ExportCallback extends ResultCallback.Adapter<Frame> {
        private final LineAssembler assembler;

        ExportCallback(LineAssembler assembler) {
            this.assembler = assembler;
        }

        @Override
        public void onNext(Frame frame) {
            assembler.accept(frame);
        }
    }
}
