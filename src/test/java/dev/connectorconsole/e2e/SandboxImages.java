package dev.connectorconsole.e2e;

import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox connector's image built on an engine as the app builds it, and its readiness waited for. */
public final class SandboxImages {
    private static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();

    private SandboxImages() {}

    /** Builds the sandbox image as {@code tag}; fails the test with the build's transcript. Returns the image id. */
    public static String build(EngineConnection engine, String tag, Path work) throws Exception {
        BuildContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE)
                .prepare(work.resolve("context"));
        CompletableFuture<String> result = new CompletableFuture<>();
        StringBuilder transcript = new StringBuilder();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), tag, TestImages.LABELS,
                new BuildListener() {
                    @Override public void contextSize(long bytes) {}
                    @Override public void line(String text) { transcript.append(text).append('\n'); }
                    @Override public void step(int current, int total, String instruction) {}
                    @Override public void succeeded(String imageId) { result.complete(imageId); }
                    @Override public void failed(String step, String message) {
                        result.completeExceptionally(new AssertionError(step + ": " + message + "\n" + transcript));
                    }
                });
        return result.get(5, TimeUnit.MINUTES);
    }

    public static void assertReady(String host, int port) throws InterruptedException {
        Readiness readiness = new ReadinessProbe().await(host, port, Duration.ofSeconds(90), progress -> {});
        assertThat(readiness.ready()).as(readiness.reason()).isTrue();
    }
}
