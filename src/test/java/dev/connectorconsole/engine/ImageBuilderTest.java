package dev.connectorconsole.engine;

import com.github.dockerjava.api.model.Container;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ImageBuilderTest {
    private static EngineConnection engine;
    private static String baseTag;

    @TempDir
    Path context;

    @BeforeAll
    static void buildBase() throws Exception {
        engine = EngineTestSupport.connect();
        baseTag = TestImages.buildBusybox(engine);
    }

    @AfterAll
    static void removeBase() {
        if (engine != null) {
            TestImages.removeImage(engine, baseTag);
            engine.close();
        }
    }

    @Test
    void aBuildAsksTheEngineForThePlatformItNames() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM scratch\nLABEL purpose=platform\n");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        try {
            BuildHandle handle = new ImageBuilder(engine).build(context, null, "linux/amd64", tag, TestImages.LABELS,
                    listener);

            assertThat(handle.awaitDone(Duration.ofSeconds(120))).isTrue();
            assertThat(listener.imageId).as(listener.transcript()).startsWith("sha256:");
            var image = engine.client().inspectImageCmd(tag).exec();
            assertThat(image.getOs() + "/" + image.getArch()).isEqualTo("linux/amd64");
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    @Test
    void aBuildStreamsItsOutputStepByStepAndTagsTheImage() throws Exception {
        TestImages.writeBusyboxContext(context);
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        ImageBuilder builder = new ImageBuilder(engine);
        try {
            BuildHandle handle = builder.build(context, null, tag, TestImages.LABELS, listener);

            assertThat(handle.awaitDone(Duration.ofSeconds(120))).isTrue();
            assertThat(listener.imageId).as(listener.transcript()).startsWith("sha256:");
            assertThat(listener.contextSize).isGreaterThan(Files.size(context.resolve("busybox")));
            assertThat(listener.steps).first().isEqualTo(new RecordingBuildListener.Step(1, 7, "FROM scratch"));
            assertThat(listener.steps).contains(new RecordingBuildListener.Step(3, 7, "RUN [\"/bin/busybox\",\"--install\",\"-s\",\"/bin\"]"));
            // the engine adds the build's labels as a last LABEL step
            assertThat(listener.steps).hasSize(7).last()
                    .isEqualTo(new RecordingBuildListener.Step(7, 7, "LABEL " + EngineTestSupport.TEST_LABEL + "=true"));
            assertThat(listener.lines).contains("Step 6/7 : CMD [\"/bin/sh\",\"/serve.sh\"]")
                    .anyMatch(line -> line.startsWith("Successfully tagged " + tag));
            assertThat(builder.imageExists(tag)).isTrue();
            assertThat(engine.client().inspectImageCmd(tag).exec().getConfig().getLabels())
                    .containsEntry(EngineTestSupport.TEST_LABEL, "true");
        } finally {
            TestImages.removeImage(engine, tag);
        }
        assertThat(builder.imageExists(tag)).isFalse();
    }

    @Test
    void aDockerfileOutsideTheContextIsUsed() throws Exception {
        Files.writeString(context.resolve("greeting.txt"), "hello\n");
        Path dockerfile = Files.createTempFile("cc-test-", ".Dockerfile");
        Files.writeString(dockerfile, "FROM " + baseTag + "\nCOPY greeting.txt /greeting.txt\nRUN grep hello /greeting.txt\n");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        try {
            new ImageBuilder(engine).build(context, dockerfile, tag, TestImages.LABELS, listener);

            assertThat(listener.awaitDone(60)).isTrue();
            assertThat(listener.imageId).as(listener.transcript()).isNotNull();
            assertThat(listener.lines).contains("hello");
        } finally {
            Files.deleteIfExists(dockerfile);
            TestImages.removeImage(engine, tag);
        }
    }

    @Test
    void aFailingStepIsReportedWithTheEnginesMessage() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + baseTag + "\nRUN echo about to fail && exit 3\n");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        ImageBuilder builder = new ImageBuilder(engine);
        try {
            builder.build(context, null, tag, TestImages.LABELS, listener);

            assertThat(listener.awaitDone(60)).isTrue();
            assertThat(listener.imageId).isNull();
            assertThat(listener.failedStep).isEqualTo("Step 2/3 : RUN echo about to fail && exit 3");
            assertThat(listener.failureMessage)
                    .isEqualTo("The command '/bin/sh -c echo about to fail && exit 3' returned a non-zero code: 3");
            assertThat(listener.lines).contains("about to fail");
            assertThat(builder.imageExists(tag)).isFalse();
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    @Test
    void aMissingDockerfileFailsBeforeAnythingIsSent() throws Exception {
        RecordingBuildListener listener = new RecordingBuildListener();

        new ImageBuilder(engine).build(context, null, TestImages.uniqueTag(), TestImages.LABELS, listener);

        assertThat(listener.awaitDone(10)).isTrue();
        assertThat(listener.failureMessage).isEqualTo("There is no Dockerfile at " + context.resolve("Dockerfile") + ".");
        assertThat(listener.contextSize).isEqualTo(-1);
    }

    @Test
    void cancellingALongBuildStopsItAndLeavesNoImage() throws Exception {
        String marker = UUID.randomUUID().toString();
        Files.writeString(context.resolve("Dockerfile"), "FROM " + baseTag + "\nRUN echo " + marker + " && sleep 60\n");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        ImageBuilder builder = new ImageBuilder(engine);
        try {
            BuildHandle handle = builder.build(context, null, tag, TestImages.LABELS, listener);
            assertThat(listener.awaitStep(step -> step.current() == 2, 60)).as(listener.transcript()).isTrue();
            assertThat(awaitBuildContainer(marker, true, Duration.ofSeconds(20))).as("the RUN step's container runs").isTrue();

            long cancelledAt = System.nanoTime();
            handle.cancel();

            assertThat(handle.awaitDone(Duration.ofSeconds(10))).isTrue();
            long doneMillis = (System.nanoTime() - cancelledAt) / 1_000_000;
            assertThat(listener.failureMessage).isEqualTo("The build was cancelled.");
            assertThat(listener.failedStep).isEqualTo("Step 2/3 : RUN echo " + marker + " && sleep 60");
            assertThat(awaitBuildContainer(marker, false, Duration.ofSeconds(20)))
                    .as("the engine stopped and removed the RUN step's container").isTrue();
            long goneMillis = (System.nanoTime() - cancelledAt) / 1_000_000;
            System.out.printf("build cancel: handle done after %d ms, build container gone after %d ms%n", doneMillis, goneMillis);
            assertThat(builder.imageExists(tag)).isFalse();
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    /** Waits until a container whose command carries the marker exists (present=true) or is gone (present=false). */
    private static boolean awaitBuildContainer(String marker, boolean present, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Container> all = engine.client().listContainersCmd().withShowAll(true).exec();
            boolean found = all.stream().anyMatch(c -> c.getCommand() != null && c.getCommand().contains(marker));
            if (found == present) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
