package dev.connectorconsole.engine;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import dev.connectorconsole.common.IntermediateStage;
import dev.connectorconsole.common.NamedThreads;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Builds images through the engine API (classic builder, {@code forcerm} so failed steps leave no container).
 * The context is packed into a temporary tar first so its size is reported before the upload. A Dockerfile that marks
 * an intermediate stage ({@link IntermediateStage}) gets a fresh build id, and that stage's image is removed when the
 * build ends (not when it is cancelled: the engine may still be using it).
 */
public final class ImageBuilder {
    private static final ThreadFactory BUILD_THREADS = NamedThreads.factory("cc-image-build");
    private final EngineConnection engine;

    public ImageBuilder(EngineConnection engine) {
        this.engine = engine;
    }

    /** Starts the build on a background thread and returns at once. */
    public BuildHandle build(Path contextDir, Path dockerfile, String tag, Map<String, String> labels, BuildListener listener) {
        return build(contextDir, dockerfile, null, tag, labels, listener);
    }

    /** @param platform such as "linux/amd64", or null for the engine's own platform */
    public BuildHandle build(Path contextDir, Path dockerfile, String platform, String tag, Map<String, String> labels,
                             BuildListener listener) {
        Build build = new Build(contextDir, dockerfile, platform, tag, Map.copyOf(labels), listener);
        BUILD_THREADS.newThread(build::run).start();
        return build;
    }

    public boolean imageExists(String tag) {
        try {
            engine.client().inspectImageCmd(tag).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw EngineFailures.translate(e, engine.endpoint());
        }
    }

    private final class Build extends ResultCallback.Adapter<BuildResponseItem> implements BuildHandle {
        private final Path contextDir;
        private final Path dockerfile;
        private final String platform;
        private final String tag;
        private final Map<String, String> labels;
        private final BuildListener listener;
        private final BuildOutput output;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean reported = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Closeable responseStream;
        private volatile String engineError;
        private volatile String imageId;
        private final String buildId = UUID.randomUUID().toString();
        private volatile boolean marksIntermediateStages;

        Build(Path contextDir, Path dockerfile, String platform, String tag, Map<String, String> labels,
              BuildListener listener) {
            this.contextDir = contextDir;
            this.dockerfile = dockerfile;
            this.platform = platform;
            this.tag = tag;
            this.labels = labels;
            this.listener = listener;
            this.output = new BuildOutput(listener);
        }

        void run() {
            Path tar = null;
            try {
                tar = Files.createTempFile("cc-build-context-", ".tar");
                BuildContextArchive.Archive archive = BuildContextArchive.write(contextDir, dockerfile, tar);
                listener.contextSize(archive.size());
                if (cancelled.get()) {
                    return;
                }
                try (InputStream upload = new CancellableInput(Files.newInputStream(tar))) {
                    var command = engine.streamingClient().buildImageCmd(upload);
                    if (platform != null) {
                        command.withPlatform(platform);
                    }
                    marksIntermediateStages = IntermediateStageImages.declaredIn(
                            dockerfile == null ? contextDir.resolve("Dockerfile") : dockerfile);
                    if (marksIntermediateStages) {
                        command.withBuildArg(IntermediateStage.BUILD_ID_ARG, buildId);
                    }
                    command.withTags(Set.of(tag))
                            .withLabels(labels)
                            .withDockerfilePath(archive.dockerfilePath())
                            .withForcerm(true)
                            .withPull(false)
                            .exec(this)
                            .awaitCompletion();
                }
            } catch (EngineException e) {
                reportFailure(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
            } catch (IOException | RuntimeException e) {
                if (!cancelled.get()) {
                    reportFailure(EngineFailures.translate(e, engine.endpoint()).getMessage());
                }
            } finally {
                deleteQuietly(tar);
                finish();
            }
        }

        @Override
        public void onStart(Closeable stream) {
            super.onStart(stream);
            responseStream = stream;
            if (cancelled.get()) {
                closeQuietly(stream);
            }
        }

        @Override
        public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
                output.feed(item.getStream());
            }
            if (item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null) {
                engineError = EngineFailures.oneLine(item.getErrorDetail().getMessage());
            } else if (item.getError() != null) {
                engineError = EngineFailures.oneLine(item.getError());
            }
            if (item.isBuildSuccessIndicated() && item.getImageId() != null) {
                imageId = item.getImageId();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (cancelled.get()) {
                return; // the stream broke because we closed it
            }
            engineError = EngineFailures.translate(throwable, engine.endpoint()).getMessage();
            super.onError(throwable);
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                closeQuietly(this); // marks the callback closed, then closes the response stream
                closeQuietly(responseStream);
            }
        }

        @Override
        public boolean isDone() {
            return done.getCount() == 0;
        }

        @Override
        public boolean awaitDone(Duration timeout) throws InterruptedException {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void finish() {
            output.flush();
            if (marksIntermediateStages && !cancelled.get()) {
                removeIntermediateStages();
            }
            if (cancelled.get()) {
                reportFailure("The build was cancelled.");
            } else if (engineError != null) {
                reportFailure(engineError);
            } else if (imageId != null) {
                if (reported.compareAndSet(false, true)) {
                    listener.succeeded(fullImageId(imageId));
                }
            } else {
                reportFailure("The engine ended the build without an image.");
            }
            done.countDown();
        }

        private void removeIntermediateStages() {
            try {
                for (String id : IntermediateStageImages.remove(engine.client(), buildId)) {
                    listener.line("Removed the intermediate stage image " + shortId(id)
                            + " (it held the build's input files).");
                }
            } catch (RuntimeException e) {
                listener.line("Could not remove the intermediate stage images of this build: "
                        + EngineFailures.translate(e, engine.endpoint()).getMessage());
            }
        }

        /** "Successfully built 1a2b3c" names a short id; the tag's inspect gives "sha256:…". */
        private String fullImageId(String shortId) {
            try {
                return engine.client().inspectImageCmd(tag).exec().getId();
            } catch (RuntimeException e) {
                return shortId;
            }
        }

        private void reportFailure(String message) {
            if (reported.compareAndSet(false, true)) {
                listener.failed(output.currentStep(), message);
            }
        }

        /** Makes the upload fail as soon as the build is cancelled, so a large context is not sent to the end. */
        private final class CancellableInput extends FilterInputStream {
            CancellableInput(InputStream in) {
                super(in);
            }

            @Override
            public int read() throws IOException {
                checkCancelled();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                checkCancelled();
                return super.read(b, off, len);
            }

            private void checkCancelled() throws IOException {
                if (cancelled.get()) {
                    throw new InterruptedIOException("build cancelled");
                }
            }
        }
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            // closing to cancel: nothing more to do
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temp file; the OS cleans /tmp
        }
    }
}
