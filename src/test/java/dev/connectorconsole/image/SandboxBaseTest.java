package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SandboxBaseTest {
    @Test
    void linuxX64WithARuntimeBuildsFromScratchOffline() {
        assertThat(SandboxBase.choose("Linux", "amd64", true)).isEqualTo(SandboxBase.SCRATCH);
        assertThat(SandboxBase.choose("Linux", "x86_64", true)).isEqualTo(SandboxBase.SCRATCH);
    }

    @Test
    void linuxX64WithoutJlinkOrTheModulesUsesTheJreImage() {
        assertThat(SandboxBase.choose("Linux", "amd64", false)).isEqualTo(SandboxBase.JRE_IMAGE);
    }

    @Test
    void macOsWindowsAndArmUseTheJreImage() {
        assertThat(SandboxBase.choose("Mac OS X", "aarch64", true)).isEqualTo(SandboxBase.JRE_IMAGE);
        assertThat(SandboxBase.choose("Mac OS X", "x86_64", true)).isEqualTo(SandboxBase.JRE_IMAGE);
        assertThat(SandboxBase.choose("Windows 11", "amd64", true)).isEqualTo(SandboxBase.JRE_IMAGE);
        assertThat(SandboxBase.choose("Linux", "aarch64", true)).isEqualTo(SandboxBase.JRE_IMAGE);
    }

    @Test
    void thisLinuxX64MachineWithAJdkBuildsFromScratch() {
        assertThat(SandboxBase.forThisMachine()).isEqualTo(SandboxBase.SCRATCH);
    }

    @Test
    void theJreImageIsPinnedByDigest() {
        assertThat(SandboxBase.JRE_IMAGE_REFERENCE).matches("eclipse-temurin:17-jre@sha256:[0-9a-f]{64}");
    }
}
