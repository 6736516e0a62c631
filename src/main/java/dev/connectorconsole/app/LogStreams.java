package dev.connectorconsole.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogOptions;

/**
 * Where the logs screen gets its lines: the container's own log or the connector's trace file, both fed into a
 * {@link LogBuffer}. Implemented over LogFollower / TraceFileFollower / LogExporter for the current container.
 */
public interface LogStreams {
    /** Which log to follow. */
    enum Kind { CONTAINER_LOG, TRACE_FILE }

    /** Starts following; lines land in {@code buffer} from a stream thread until the returned handle is closed. */
    Following follow(Kind kind, LogOptions options, LogBuffer buffer) throws Exception;

    /** Writes the container's whole log to {@code file}, streamed from the engine; returns the number of lines. */
    long export(Path file, boolean timestamps) throws Exception;

    /** A running stream: closing it stops reading; {@link #finished()} completes when the stream ends by itself too. */
    interface Following extends AutoCloseable {
        CompletableFuture<Void> finished();

        /** What the stream waits for now (e.g. a file that does not exist yet); empty while lines can come. */
        default Optional<String> problem() {
            return Optional.empty();
        }

        /** Why the stream ended by itself, as the engine explains it; known when {@link #finished()} completes. */
        default Optional<String> endReason() {
            return Optional.empty();
        }

        @Override
        void close();
    }

    /** The container the streams read, for titles and messages. */
    String containerName();
}
