package dev.connectorconsole.engine;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.connectorconsole.common.IntermediateStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A stage marked with the build id does not stay on the engine after the build, whether it succeeded or not. */
class IntermediateStageImagesTest {
    private static final Pattern REMOVED = Pattern.compile(
            "^Removed the intermediate stage image ([0-9a-f]{12}) \\(it held the build's input files\\)\\.$");
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
    void afterASuccessfulBuildOnlyTheFinalImageRemains() throws Exception {
        writeTwoStages("COPY --from=unpack /out /out", "RUN test \"$(cat /out/app)\" = installed");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        try {
            new ImageBuilder(engine).build(context, null, tag, TestImages.LABELS, listener);

            assertThat(listener.awaitDone(120)).isTrue();
            assertThat(listener.imageId).as(listener.transcript()).startsWith("sha256:");
            String stageImage = removedStageImage(listener);
            assertThatThrownBy(() -> engine.client().inspectImageCmd(stageImage).exec())
                    .as("the unpack stage's image is gone").isInstanceOf(NotFoundException.class);
            assertThat(engine.client().inspectImageCmd(tag).exec().getConfig().getLabels())
                    .as("the final image does not carry the stage's mark").doesNotContainKey(IntermediateStage.LABEL);
            assertThat(danglingStageImages()).as("no marked image left on the engine").isEmpty();
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    @Test
    void aBuildThatFailsInTheFinalStageLeavesNoStageImageEither() throws Exception {
        writeTwoStages("RUN echo final stage fails && exit 4", "COPY --from=unpack /out /out");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        try {
            new ImageBuilder(engine).build(context, null, tag, TestImages.LABELS, listener);

            assertThat(listener.awaitDone(120)).isTrue();
            assertThat(listener.failureMessage).as(listener.transcript()).contains("returned a non-zero code: 4");
            String stageImage = removedStageImage(listener);
            assertThatThrownBy(() -> engine.client().inspectImageCmd(stageImage).exec())
                    .isInstanceOf(NotFoundException.class);
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    @Test
    void aDockerfileWithoutTheMarkIsBuiltWithoutTheBuildIdArgument() throws Exception {
        Files.writeString(context.resolve("Dockerfile"), "FROM " + baseTag + "\nRUN true\n");
        String tag = TestImages.uniqueTag();
        RecordingBuildListener listener = new RecordingBuildListener();
        try {
            new ImageBuilder(engine).build(context, null, tag, TestImages.LABELS, listener);

            assertThat(listener.awaitDone(120)).isTrue();
            assertThat(listener.imageId).as(listener.transcript()).isNotNull();
            assertThat(listener.lines).as("no warning about an argument the Dockerfile does not use")
                    .noneMatch(line -> line.contains(IntermediateStage.BUILD_ID_ARG))
                    .noneMatch(line -> line.startsWith("Removed the intermediate stage image"));
        } finally {
            TestImages.removeImage(engine, tag);
        }
    }

    private void writeTwoStages(String... finalSteps) throws Exception {
        Files.writeString(context.resolve("Dockerfile"), String.join("\n",
                "FROM " + baseTag + " AS unpack",
                "RUN echo pretend-installer > /installer.bin && mkdir /out && echo installed > /out/app",
                "ARG " + IntermediateStage.BUILD_ID_ARG,
                "LABEL " + IntermediateStage.LABEL + "=\"${" + IntermediateStage.BUILD_ID_ARG + "}\"",
                "FROM " + baseTag,
                String.join("\n", finalSteps),
                ""));
    }

    private static String removedStageImage(RecordingBuildListener listener) {
        List<String> ids = listener.lines.stream().map(REMOVED::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();
        assertThat(ids).as(listener.transcript()).hasSize(1);
        return ids.get(0);
    }

    private static List<String> danglingStageImages() {
        return engine.client().listImagesCmd().withDanglingFilter(true).exec().stream()
                .filter(image -> image.getLabels() != null && image.getLabels().containsKey(IntermediateStage.LABEL))
                .map(image -> image.getId()).toList();
    }
}
