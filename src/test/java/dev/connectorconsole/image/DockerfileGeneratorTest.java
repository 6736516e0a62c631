package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each supported pairing against an expected Dockerfile under src/test/resources/golden/. When one differs, the
 * generated text is written to target/golden-actual/ for review. The single-stage layout the app wrote before
 * (kept for the size benchmark) is checked against golden/single-stage/.
 */
class DockerfileGeneratorTest {
    @TempDir
    Path downloads;

    @Test
    void installerWithSapJvmRpm() throws IOException {
        SapDownloads.installerZip(downloads, "2.19.1", "6");
        SapDownloads.sapJvmRpm(downloads, "8.1.102");
        assertMatchesGolden(BaseImage.ROCKY_LINUX_9, "installer-sapjvm-rpm.rockylinux9.Dockerfile");
    }

    @Test
    void installerWithSapJvmZip() throws IOException {
        SapDownloads.installerZip(downloads, "2.19.1", "6");
        SapDownloads.sapJvmZip(downloads, "8.1.102");
        assertMatchesGolden(BaseImage.ROCKY_LINUX_9, "installer-sapjvm-zip.rockylinux9.Dockerfile");
    }

    @Test
    void portableWithSapJvmZip() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapJvmZip(downloads, "8.1.102");
        assertMatchesGolden(BaseImage.ROCKY_LINUX_9, "portable-sapjvm-zip.rockylinux9.Dockerfile");
    }

    @Test
    void portableWithSapMachine() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "21.0.12");
        assertMatchesGolden(BaseImage.ROCKY_LINUX_9, "portable-sapmachine.rockylinux9.Dockerfile");
    }

    @Test
    void portableWithSapMachineOnUbi() throws IOException {
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "21.0.12");
        assertMatchesGolden(BaseImage.UBI_9, "portable-sapmachine.ubi9.Dockerfile");
    }

    @Test
    void installerWithSapJvmRpmOnEndOfLifeCentos() throws IOException {
        SapDownloads.installerZip(downloads, "2.17.2", "4");
        SapDownloads.sapJvmRpm(downloads, "8.1.099");
        assertMatchesGolden(BaseImage.CENTOS_7, "installer-sapjvm-rpm.centos7.Dockerfile");
    }

    @Test
    void refusesAScanThatIsNotReadyAndSaysWhy() {
        InstallerScan empty = InstallerScanner.scan(downloads);

        assertThatThrownBy(() -> DockerfileGenerator.generate(empty, BaseImage.defaultImage()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot write a Dockerfile: No Cloud Connector package found");
    }

    @Test
    void theDefaultBaseIsMaintainedAndCentosIsMarkedEndOfLife() {
        assertThat(BaseImage.defaultImage().endOfLife()).isFalse();
        assertThat(BaseImage.defaultImage().reference()).isEqualTo("rockylinux:9");
        assertThat(BaseImage.CENTOS_7.endOfLife()).isTrue();
    }

    @Test
    void everyPairingOnEveryBaseIsWellFormed() throws IOException {
        SapDownloads.installerZip(downloads.resolve("a"), "2.19.1", "6");
        SapDownloads.sapJvmRpm(downloads.resolve("a"), "8.1.102");
        SapDownloads.installerZip(downloads.resolve("b"), "2.19.1", "6");
        SapDownloads.sapJvmZip(downloads.resolve("b"), "8.1.102");
        SapDownloads.portableTgz(downloads.resolve("c"), "2.19.1");
        SapDownloads.sapJvmZip(downloads.resolve("c"), "8.1.102");
        SapDownloads.portableTgz(downloads.resolve("d"), "2.19.1");
        SapDownloads.sapMachineJdk(downloads.resolve("d"), "25.0.1");
        java.util.Set<Pairing> seen = java.util.EnumSet.noneOf(Pairing.class);
        for (String folder : java.util.List.of("a", "b", "c", "d")) {
            InstallerScan scan = InstallerScanner.scan(downloads.resolve(folder));
            seen.add(scan.pairing().orElseThrow());
            for (BaseImage base : BaseImage.values()) {
                String dockerfile = DockerfileGenerator.generate(scan, base);
                java.util.List<String> lines = dockerfile.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).endsWith("\\")) {
                        assertThat(lines.get(i)).as("line %d of %s/%s", i + 1, folder, base).doesNotMatch(".*\\\\\\s*\\\\$");
                        assertThat(lines.get(i + 1)).as("line after %d of %s/%s", i + 1, folder, base).isNotBlank()
                                .doesNotStartWith("#");
                    }
                }
                assertThat(lines).contains("FROM --platform=linux/amd64 " + base.reference() + " AS unpack",
                        "FROM --platform=linux/amd64 " + base.reference(), "USER sccadmin", "WORKDIR /opt/sap/scc",
                        "EXPOSE 8443", "ENTRYPOINT [\"/usr/local/bin/scc-entrypoint.sh\"]", "VOLUME [\"/opt/sap/scc\"]",
                        "    CMD curl -fsk \"https://localhost:8443/exposed?action=ping\" || exit 1");
                assertThat(dockerfile).doesNotContain("rpm -i*").contains("dev.connectorconsole.kind=\"connector\"");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(Pairing.values());
    }

    private void assertMatchesGolden(BaseImage base, String golden) throws IOException {
        InstallerScan scan = InstallerScanner.scan(downloads);
        assertThat(scan.problems()).isEmpty();
        assertMatchesGolden(DockerfileGenerator.generate(scan, base), golden);
        assertMatchesGolden(SingleStageDockerfile.generate(scan, base), "single-stage/" + golden);
    }

    private static void assertMatchesGolden(String generated, String golden) throws IOException {
        String expected = readGolden(golden);
        if (!generated.equals(expected)) {
            Path actual = Path.of("target", "golden-actual", golden);
            Files.createDirectories(actual.getParent());
            Files.writeString(actual, generated);
        }
        assertThat(generated).as("Dockerfile for %s (actual text in target/golden-actual/)", golden).isEqualTo(expected);
    }

    private static String readGolden(String name) throws IOException {
        try (InputStream in = DockerfileGeneratorTest.class.getResourceAsStream("/golden/" + name)) {
            return in == null ? "<missing golden file " + name + ">" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
