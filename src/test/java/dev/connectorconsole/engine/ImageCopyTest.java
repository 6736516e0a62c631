package dev.connectorconsole.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An image copied from one engine to another (the shadow of an HA pair on a second engine needs the master's image
 * there). The second engine is a TLS front with client certificates in front of this machine's engine, so the archive
 * really travels out of one connection and into the other.
 */
class ImageCopyTest {
    private static final int PAYLOAD_MB = 20;

    @TempDir
    Path temp;

    private final EngineConnection local = EngineTestSupport.connect();
    private final List<String> images = new ArrayList<>();

    @AfterEach
    void removeImages() {
        images.forEach(tag -> TestImages.removeImage(local, tag));
        local.close();
    }

    @Test
    void theWholeImageIsStreamedIntoTheOtherEngine() throws Exception {
        String tag = buildImageWithPayload(PAYLOAD_MB << 20);
        String id = local.client().inspectImageCmd(tag).exec().getId();
        List<Long> reported = new ArrayList<>();

        try (TlsEngineFront front = TlsEngineFront.start(temp.resolve("certs"));
             EngineConnection other = EngineConnection.open(front.endpoint())) {
            ImageCopy.copy(local, other, tag, reported::add);

            assertThat(other.client().inspectImageCmd(tag).exec().getId()).isEqualTo(id);
        }
        assertThat(reported).as("progress about every 8 MB of the %d MB payload", PAYLOAD_MB).hasSizeGreaterThanOrEqualTo(2)
                .isSorted();
        assertThat(reported.get(reported.size() - 1)).isGreaterThanOrEqualTo(16L << 20);
    }

    @Test
    void anImageTheSourceLacksIsNamedWithItsEngine() throws Exception {
        try (TlsEngineFront front = TlsEngineFront.start(temp.resolve("certs"));
             EngineConnection other = EngineConnection.open(front.endpoint())) {
            EngineException failure = catchThrowableOfType(EngineException.class,
                    () -> ImageCopy.copy(local, other, "cc-test-never-built:1", bytes -> { }));

            assertThat(failure.kind()).isEqualTo(EngineException.Kind.IMAGE_MISSING);
            assertThat(failure.getMessage()).startsWith("The image 'cc-test-never-built:1' is not in the Docker engine at ");
        }
    }

    @Test
    void anEngineThatHasTheImageGetsNoCopy() throws Exception {
        String tag = TestImages.buildBusybox(local);
        images.add(tag);
        List<Long> reported = new ArrayList<>();

        try (TlsEngineFront front = TlsEngineFront.start(temp.resolve("certs"));
             EngineConnection other = EngineConnection.open(front.endpoint())) {
            boolean copied = new ContainerManager(other).copyImageIfMissing(new ContainerManager(local), tag, reported::add);

            assertThat(copied).isFalse();
        }
        assertThat(reported).isEmpty();
    }

    @Test
    void anImageAContainerUsesIsNotRemoved() throws Exception {
        String tag = buildImageWithPayload(1 << 10);
        String container = EngineTestSupport.uniqueName("image-in-use");
        local.client().createContainerCmd(tag).withName(container).withLabels(TestImages.LABELS).exec();
        try {
            new ContainerManager(local).removeUnusedImage(tag);

            assertThat(new ContainerManager(local).hasImage(tag)).isTrue();
        } finally {
            local.client().removeContainerCmd(container).withForce(true).exec();
        }
        new ContainerManager(local).removeUnusedImage(tag);
        assertThat(new ContainerManager(local).hasImage(tag)).isFalse();
    }

    /** An image of this test's own: random bytes make its content, and so its id, unlike any shared test image's. */
    private String buildImageWithPayload(int bytes) throws Exception {
        Path context = TestImages.writeBusyboxContext(Files.createDirectories(temp.resolve("context")));
        byte[] payload = new byte[bytes];
        new Random().nextBytes(payload);
        Files.write(context.resolve("payload.bin"), payload);
        Files.writeString(context.resolve("Dockerfile"), Files.readString(context.resolve("Dockerfile"))
                + "COPY payload.bin /payload.bin\n");
        String tag = TestImages.uniqueTag();
        images.add(tag);
        RecordingBuildListener listener = new RecordingBuildListener();
        new ImageBuilder(local).build(context, null, tag, TestImages.LABELS, listener);
        assertThat(listener.awaitDone(120)).as("build finished").isTrue();
        assertThat(listener.imageId).as(listener.transcript()).isNotNull();
        return tag;
    }
}
