package dev.connectorconsole.engine;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.connectorconsole.image.BuildContext;
import dev.connectorconsole.testsupport.SharedImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test images built FROM scratch from the host's static busybox. The image serves /www with busybox httpd on
 * port 8443 and leaves at once on SIGTERM.
 */
public final class TestImages {
    public static final String PAGE = "connector console test page\n";
    public static final Map<String, String> LABELS = Map.of(EngineTestSupport.TEST_LABEL, "true");

    private static final String DOCKERFILE = """
            FROM scratch
            COPY busybox /bin/busybox
            RUN ["/bin/busybox","--install","-s","/bin"]
            COPY www /www
            COPY serve.sh /serve.sh
            CMD ["/bin/sh","/serve.sh"]
            """;
    private static final String SERVE = """
            #!/bin/sh
            trap 'kill $child 2>/dev/null; exit 0' TERM INT
            echo "serving /www on 8443"
            httpd -f -p 8443 -h /www &
            child=$!
            wait $child
            """;

    private TestImages() {}

    public static String uniqueTag() {
        return "cc-test-busybox:" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Writes the build context (busybox, page, start script, Dockerfile) into {@code dir}. */
    public static Path writeBusyboxContext(Path dir) throws IOException {
        Files.copy(Path.of("/usr/bin/busybox"), dir.resolve("busybox"));
        Files.createDirectories(dir.resolve("www"));
        Files.writeString(dir.resolve("www/index.html"), PAGE);
        Files.writeString(dir.resolve("serve.sh"), SERVE);
        Files.writeString(dir.resolve("Dockerfile"), DOCKERFILE);
        return dir;
    }

    /** Builds the busybox image under a unique tag and returns the tag. */
    public static String buildBusybox(EngineConnection engine) throws IOException, InterruptedException {
        Path context = Files.createTempDirectory("cc-test-context-");
        try {
            writeBusyboxContext(context);
            String tag = uniqueTag();
            RecordingBuildListener listener = new RecordingBuildListener();
            new ImageBuilder(engine).build(context, null, tag, LABELS, listener);
            assertThat(listener.awaitDone(120)).as("build finished").isTrue();
            assertThat(listener.imageId).as(listener.transcript()).isNotNull();
            return tag;
        } finally {
            deleteTree(context);
        }
    }

    /** An image FROM {@code base} that declares the install folder as its one VOLUME, as the app's images do. */
    public static String buildOneVolumeLayout(EngineConnection engine, String base) throws IOException, InterruptedException {
        Path context = Files.createTempDirectory("cc-test-context-");
        try {
            Files.writeString(context.resolve("Dockerfile"), "FROM " + base + "\nVOLUME [\"/opt/sap/scc\"]\n");
            String tag = uniqueTag();
            RecordingBuildListener listener = new RecordingBuildListener();
            new ImageBuilder(engine).build(context, null, tag, LABELS, listener);
            assertThat(listener.awaitDone(120)).as("build finished").isTrue();
            assertThat(listener.imageId).as(listener.transcript()).isNotNull();
            return tag;
        } finally {
            deleteTree(context);
        }
    }

    /**
     * The busybox image built once per test run ({@link SharedImages}) under a new unique tag, for tests whose subject
     * is not the build: removing the tag leaves the shared image. Returns the tag.
     */
    public static String sharedBusybox(EngineConnection engine) throws Exception {
        String tag = uniqueTag();
        SharedImages.tagged(engine, "busybox", dir -> new BuildContext(writeBusyboxContext(Files.createDirectories(dir)),
                dir.resolve("Dockerfile"), 0, 0), tag);
        return tag;
    }

    public static void removeImage(EngineConnection engine, String tag) {
        if (tag == null) {
            return;
        }
        try {
            engine.client().removeImageCmd(tag).withForce(true).exec();
        } catch (NotFoundException gone) {
            // already removed
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
