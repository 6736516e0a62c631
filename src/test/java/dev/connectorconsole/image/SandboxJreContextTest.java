package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The context a macOS, Windows or ARM host prepares: nothing of this host's runtime, the app's jars on the pinned JRE
 * image. Nothing can be pulled here, so the context is checked, not built.
 */
class SandboxJreContextTest {
    @TempDir
    Path work;

    @Test
    void carriesOnlyTheAppsJarsAndRunsThemOnThePinnedJreImage() throws Exception {
        SandboxImageContext sandbox = SandboxImageContext.fromRunningApplication().withBase(SandboxBase.JRE_IMAGE)
                .withCacheRoot(work.resolve("no-jlink-wanted"));

        BuildContext context = sandbox.prepare(work.resolve("sandbox"));

        Path rootfs = context.directory().resolve("rootfs");
        assertThat(rootfs.resolve("opt/java")).doesNotExist();
        assertThat(rootfs.resolve("lib64")).doesNotExist();
        assertThat(work.resolve("no-jlink-wanted")).as("no jlink runtime made").doesNotExist();
        assertThat(rootfs.resolve("opt/app/connector-console.jar")).isRegularFile();
        for (Path library : sandbox.libraries()) {
            assertThat(rootfs.resolve("opt/app").resolve(library.getFileName())).isRegularFile();
        }
        Path writable = context.directory().resolve("writable");
        assertThat(writable.resolve("tmp")).as("the image's own /tmp stays as it is").doesNotExist();
        assertThat(writable.resolve("opt/sap/scc/scc_config")).isDirectory();

        List<String> lines = Files.readAllLines(context.dockerfile());
        assertThat(lines).filteredOn(line -> line.startsWith("FROM "))
                .containsExactly("FROM " + SandboxBase.JRE_IMAGE_REFERENCE);
        assertThat(lines).contains("USER 65532:65532", "EXPOSE 8443",
                "LABEL dev.connectorconsole.kind=\"sandbox\" dev.connectorconsole.layout=\"one-volume\"",
                "VOLUME [\"/opt/sap/scc\"]",
                "ENTRYPOINT [\"/opt/java/openjdk/bin/java\",\"-cp\",\"/opt/app/*\","
                        + "\"dev.connectorconsole.sandbox.SandboxMain\",\"--port\",\"8443\",\"--data\","
                        + "\"/opt/sap/scc/scc_config\",\"--log\",\"/opt/sap/scc/log\",\"--bind\",\"0.0.0.0\"]");
        assertThat(context.platform()).as("the JRE image is pulled for the engine's own platform").isNull();
    }

    @Test
    void theScratchContextKeepsItsRuntimeAndTmp() {
        String scratch = SandboxDockerfiles.forBase(SandboxBase.SCRATCH, SandboxImageContext.MAIN_CLASS);

        assertThat(scratch).contains("FROM scratch\n").contains("[\"/opt/java/bin/java\",")
                .doesNotContain("eclipse-temurin");
    }
}
