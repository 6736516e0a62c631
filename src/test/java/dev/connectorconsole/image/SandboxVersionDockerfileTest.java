package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The sandbox image built as another Cloud Connector version, or as one that never turns ready. */
class SandboxVersionDockerfileTest {
    @Test
    void aVersionedSandboxClaimsItsVersionInTheEntrypointAndALabel() {
        String dockerfile = SandboxDockerfiles.forBase(SandboxBase.SCRATCH, SandboxImageContext.MAIN_CLASS, "2.19.1", false);

        assertThat(dockerfile).contains("LABEL " + SandboxImageContext.VERSION_LABEL + "=\"2.19.1\"\nUSER ")
                .contains("\"--bind\",\"0.0.0.0\",\"--version\",\"2.19.1\"]\n")
                .doesNotContain("--never-ready");
        assertThat(dockerfile.lines().filter(line -> line.startsWith("ENTRYPOINT"))).hasSize(1);
    }

    @Test
    void aNeverReadySandboxSaysSoAndTheDefaultOneIsUnchanged() {
        assertThat(SandboxDockerfiles.forBase(SandboxBase.JRE_IMAGE, SandboxImageContext.MAIN_CLASS, "2.19.1", true))
                .endsWith("\"--version\",\"2.19.1\",\"--never-ready\"]\n");
        assertThat(SandboxDockerfiles.forBase(SandboxBase.SCRATCH, SandboxImageContext.MAIN_CLASS, null, false))
                .isEqualTo(SandboxDockerfiles.scratch(SandboxImageContext.MAIN_CLASS));
    }

    @Test
    void theImageIsTaggedWithItsVersion() {
        assertThat(SandboxImageContext.imageTag("2.19.1")).isEqualTo("connector-console/sandbox:2.19.1");
        assertThatThrownBy(() -> SandboxImageContext.imageTag("latest")).isInstanceOf(IllegalArgumentException.class);
    }
}
