package dev.connectorconsole.e2e;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.engine.Readiness;
import dev.connectorconsole.engine.ReadinessProbe;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.AwaitedBuild;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.testsupport.SharedImages;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox connector's image built on an engine as the app builds it, and its readiness waited for. */
public final class SandboxImages {
    private static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();

    private SandboxImages() {}

    /** Builds the sandbox image as {@code tag}; fails the test with the build's transcript. Returns the image id. */
    public static String build(EngineConnection engine, String tag, Path work) throws Exception {
        BuildContext context = context().prepare(work.resolve("context"));
        AwaitedBuild build = new AwaitedBuild();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), tag, TestImages.LABELS, build);
        return build.imageId(300);
    }

    /**
     * The same image, built once per test run ({@link SharedImages}) and tagged {@code tag}, for tests whose subject
     * is not the build: removing {@code tag} leaves the shared image. Returns the image id.
     */
    public static String shared(EngineConnection engine, String tag) throws Exception {
        return SharedImages.tagged(engine, "sandbox", dir -> context().prepare(dir), tag);
    }

    /** The sandbox image that claims {@code version}, as an upgrade builds it; shared like {@link #shared}. */
    public static String sharedVersion(EngineConnection engine, String version, String tag) throws Exception {
        return SharedImages.tagged(engine, "sandbox-" + version, dir -> context().withVersion(version).prepare(dir), tag);
    }

    private static SandboxImageContext context() {
        return SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE);
    }

    public static void assertReady(String host, int port) throws InterruptedException {
        Readiness readiness = new ReadinessProbe().await(host, port, Duration.ofSeconds(90), progress -> {});
        assertThat(readiness.ready()).as(readiness.reason()).isTrue();
    }
}
