package dev.connectorconsole.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;
import dev.connectorconsole.common.IntermediateStage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The images of a build's intermediate stages ({@link IntermediateStage}). The classic builder keeps the last image of
 * every stage but the final one as an untagged image; for the SAP image that one holds the downloaded installer files,
 * so it is removed once the build is over. Removing it also removes its untagged parents that nothing else uses (the
 * layers with the downloads); layers the final image shares stay.
 */
final class IntermediateStageImages {
    private static final Pattern DECLARATION = Pattern.compile(
            "(?m)^\\s*ARG\\s+" + Pattern.quote(IntermediateStage.BUILD_ID_ARG) + "\\b");

    private IntermediateStageImages() {}

    /** True when the Dockerfile declares the build id argument, so the build should pass one. */
    static boolean declaredIn(Path dockerfile) {
        try {
            return DECLARATION.matcher(Files.readString(dockerfile, StandardCharsets.UTF_8)).find();
        } catch (IOException | RuntimeException unreadable) {
            return false; // the build itself reports a Dockerfile it cannot read
        }
    }

    /** Removes the untagged images labelled with {@code buildId}; returns their ids. */
    static List<String> remove(DockerClient docker, String buildId) {
        List<String> removed = new ArrayList<>();
        List<Image> images = docker.listImagesCmd()
                .withDanglingFilter(true)
                .withLabelFilter(Map.of(IntermediateStage.LABEL, buildId))
                .exec();
        for (Image image : images) {
            try {
                docker.removeImageCmd(image.getId()).exec();
                removed.add(image.getId());
            } catch (NotFoundException alreadyGone) {
                // removed meanwhile: what we wanted
            }
        }
        return removed;
    }
}
