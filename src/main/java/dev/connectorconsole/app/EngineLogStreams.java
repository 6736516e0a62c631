package dev.connectorconsole.app;

import dev.connectorconsole.engine.logs.LogLineFormat;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import com.github.dockerjava.api.exception.NotFoundException;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.logs.LogBuffer;
import dev.connectorconsole.engine.logs.LogExporter;
import dev.connectorconsole.engine.logs.LogFollower;
import dev.connectorconsole.engine.logs.LogOptions;
import dev.connectorconsole.engine.logs.TraceFileFollower;

/** {@link LogStreams} over the real engine: LogFollower, TraceFileFollower and LogExporter for one container. */
public final class EngineLogStreams implements LogStreams {
    private final Supplier<EngineConnection> engine;
    private final Supplier<String> container;

    public EngineLogStreams(Supplier<EngineConnection> engine, Supplier<String> container) {
        this.engine = engine;
        this.container = container;
    }

    @Override
    public Following follow(Kind kind, LogOptions options, LogBuffer buffer) {
        EngineConnection connection = engine.get();
        String name = container.get();
        try {
            connection.client().inspectContainerCmd(name).exec();
        } catch (NotFoundException e) {
            throw new IllegalStateException("there is no container named '" + name + "' yet."
                    + " Create it on the Container screen.");
        }
        if (kind == Kind.TRACE_FILE) {
            TraceFileFollower follower = new TraceFileFollower(connection.streamingClient(), name, options, buffer);
            follower.start();
            return new Following() {
                @Override
                public CompletableFuture<Void> finished() {
                    return follower.finished();
                }

                @Override
                public Optional<String> problem() {
                    return follower.problem();
                }

                @Override
                public Optional<String> endReason() {
                    return follower.endReason();
                }

                @Override
                public void close() {
                    follower.close();
                }
            };
        }
        LogFollower follower = new LogFollower(connection.streamingClient(), name, options, buffer);
        if (options.follow()) {
            return new RestartFollowingLog(connection, name, follower);
        }
        follower.start();
        return following(follower, follower.finished());
    }

    private static Following following(AutoCloseable follower, CompletableFuture<Void> finished) {
        return new Following() {
            @Override
            public CompletableFuture<Void> finished() {
                return finished;
            }

            @Override
            public void close() {
                try {
                    follower.close();
                } catch (Exception ignored) {
                    // closing a stream that already broke has nothing to report
                }
            }
        };
    }

    @Override
    public long export(Path file, boolean timestamps) throws Exception {
        // The file shows the time stamps the way the screen and the copied lines do.
        return new LogExporter(LogLineFormat::timestamp)
                .export(engine.get().streamingClient(), container.get(), file, timestamps);
    }

    @Override
    public String containerName() {
        return container.get();
    }
}
