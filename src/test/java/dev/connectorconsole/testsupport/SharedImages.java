package dev.connectorconsole.testsupport;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.ImageBuilder;
import dev.connectorconsole.image.AwaitedBuild;
import dev.connectorconsole.image.BuildContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Images that many test classes build from the same context (the sandbox connector, the fake RHEL base), built once
 * per test run and shared: surefire runs every class in one reused fork, so this JVM-wide cache holds for the run.
 * An entry is keyed by the content of its build context ({@link ContextDigest}), so a variant (another version, a
 * connector that never turns Ready, a Dockerfile without volumes) is another entry, and a change to the app's classes
 * is a new build. The shared image is tagged {@code cc-test-shared-KIND:DIGEST}; each caller gets its own tag on it,
 * so a test that removes "its" image only removes that tag and the shared image stays for the next class. The shared
 * tags are left at the end of the run: {@link LeftoversOfEarlierRuns} removes them when the next run starts.
 */
public final class SharedImages {
    /** Writes a build context into {@code directory} (absent or empty). */
    @FunctionalInterface
    public interface ContextWriter {
        BuildContext write(Path directory) throws Exception;
    }

    private static final Map<String, String> BUILT = new HashMap<>();

    private SharedImages() {}

    /**
     * The image of the context {@code writer} writes, built on {@code engine} unless this run built it already, also
     * tagged {@code tag} for the caller (who may remove that tag). Returns the image id.
     */
    public static synchronized String tagged(EngineConnection engine, String kind, ContextWriter writer, String tag)
            throws Exception {
        String shared = shared(engine, kind, writer);
        int colon = tag.lastIndexOf(':');
        boolean hasVersion = colon > tag.lastIndexOf('/');
        engine.client().tagImageCmd(shared, hasVersion ? tag.substring(0, colon) : tag,
                hasVersion ? tag.substring(colon + 1) : "latest").exec();
        return BUILT.get(shared);
    }

    /**
     * The same without a tag of the caller's: returns the shared tag, {@code cc-test-shared-KIND:DIGEST}, for a
     * caller that only builds on it (a FROM line) and removes nothing.
     */
    public static synchronized String shared(EngineConnection engine, String kind, ContextWriter writer)
            throws Exception {
        Path work = Files.createTempDirectory("cc-test-shared-" + kind + "-");
        try {
            BuildContext context = writer.write(work.resolve("context"));
            String shared = "cc-test-shared-" + kind + ":" + ContextDigest.of(context).substring(0, 16);
            if (!BUILT.containsKey(shared) || !exists(engine, shared)) {
                long started = System.nanoTime();
                BUILT.put(shared, build(engine, context, shared));
                System.out.println("Built " + shared + " in " + (System.nanoTime() - started) / 1_000_000
                        + " ms; the classes after this one reuse it");
            }
            return shared;
        } finally {
            deleteTree(work);
        }
    }

    private static String build(EngineConnection engine, BuildContext context, String tag) throws InterruptedException {
        AwaitedBuild build = new AwaitedBuild();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), context.platform(), tag,
                Map.of(EngineTestSupport.TEST_LABEL, "true"), build);
        return build.imageId(300);
    }

    private static boolean exists(EngineConnection engine, String tag) {
        try {
            engine.client().inspectImageCmd(tag).exec();
            return true;
        } catch (NotFoundException removed) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
