package dev.connectorconsole.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Statistics;
import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Follows a container's resource use: the engine sends a reading about once a second; the first, which has nothing
 * to compare its CPU figures with, is skipped. Closing it closes the stream and its thread.
 */
public final class ContainerStatsStream implements Closeable {
    private final ResultCallback.Adapter<Statistics> callback;

    private ContainerStatsStream(ResultCallback.Adapter<Statistics> callback) {
        this.callback = callback;
    }

    /**
     * Starts following {@code container}; {@code samples} and {@code failed} are called on the stream's thread.
     * {@code failed} gets the reason when the stream breaks (not when it is closed).
     */
    public static ContainerStatsStream follow(DockerClient docker, String container,
                                              Consumer<ContainerStatsSample> samples, Consumer<Throwable> failed) {
        ResultCallback.Adapter<Statistics> callback = new ResultCallback.Adapter<>() {
            private volatile boolean closing;

            @Override
            public void onNext(Statistics stats) {
                ContainerStatsReading.of(stats).ifPresent(samples);
            }

            @Override
            public void onError(Throwable error) {
                if (!closing) {
                    failed.accept(error instanceof NotFoundException ? new EngineException(EngineException.Kind.NOT_FOUND,
                            "There is no container '" + container + "' on this engine", error) : error);
                }
                super.onError(error);
            }

            @Override
            public void close() throws IOException {
                closing = true;
                super.close();
            }
        };
        docker.statsCmd(container).exec(callback);
        return new ContainerStatsStream(callback);
    }

    @Override
    public void close() {
        try {
            callback.close();
        } catch (IOException ignored) {
            // the stream is gone either way
        }
    }
}
