package dev.connectorconsole.ui.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.connectorconsole.engine.BuildListener;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;

/**
 * The sandbox connector run the way a connector is run by hand without volumes: the sandbox image (a jlink runtime
 * {@code FROM scratch}, see {@link SandboxImageContext}) built from its Dockerfile minus the VOLUME line, and started
 * with {@code docker run -p}, so its configuration lives only in the container and the Adopt screen offers a backup.
 * Everything carries the test label; {@link HandMadeConnector#removeAll} removes it.
 */
final class HandMadeSandbox {
    /** Shared with the end-to-end test, so jlink runs once per build folder. */
    private static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();

    private HandMadeSandbox() {}

    /** Builds the image from a context prepared in {@code dir} (absent or empty). */
    static void buildImage(EngineConnection engine, Path dir, String tag) throws Exception {
        BuildContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE).prepare(dir);
        String dockerfile = Files.readString(context.dockerfile(), StandardCharsets.UTF_8);
        String withoutVolumes = dockerfile.lines().filter(line -> !line.startsWith("VOLUME "))
                .reduce("", (all, line) -> all + line + "\n");
        assertThat(withoutVolumes).as("the generated Dockerfile declares its volumes").isNotEqualTo(dockerfile);
        Files.writeString(context.dockerfile(), withoutVolumes, StandardCharsets.UTF_8);

        CompletableFuture<String> built = new CompletableFuture<>();
        StringBuilder transcript = new StringBuilder();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), tag,
                Map.of(EngineTestSupport.TEST_LABEL, "true"), new BuildListener() {
                    @Override public void contextSize(long bytes) { }
                    @Override public void line(String text) { transcript.append(text).append('\n'); }
                    @Override public void step(int current, int total, String instruction) { }
                    @Override public void succeeded(String imageId) { built.complete(imageId); }
                    @Override public void failed(String step, String message) {
                        built.completeExceptionally(new AssertionError(step + ": " + message + "\n" + transcript));
                    }
                });
        built.get(5, TimeUnit.MINUTES);
    }

    /** Starts the container with the connector's port published on {@code hostPort} and waits until it answers. */
    static void run(String container, String image, int hostPort) throws IOException, InterruptedException {
        HandMadeConnector.docker("run", "-d", "--name", container, "-p", hostPort + ":8443", "--label",
                EngineTestSupport.TEST_LABEL + "=true", image, "--connect-delay-ms", "10");
        Readiness readiness = new ReadinessProbe().await("localhost", hostPort, Duration.ofSeconds(90), p -> { });
        assertThat(readiness.ready()).as(readiness.reason()).isTrue();
    }
}
