package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextWriterTest {
    @TempDir
    Path work;

    @Test
    void writesTheDownloadsAndTheDockerfileAndMeasuresThem() throws IOException {
        Path downloads = work.resolve("downloads");
        Path zip = SapDownloads.installerZip(downloads, "2.19.1", "6");
        Path rpm = SapDownloads.sapJvmRpm(downloads, "8.1.102");
        InstallerScan scan = InstallerScanner.scan(downloads);
        Path context = work.resolve("context");

        BuildContext written = BuildContextWriter.write(scan, BaseImage.ROCKY_LINUX_9, context);

        assertThat(written.dockerfile()).isEqualTo(context.resolve("Dockerfile"));
        assertThat(written.platform()).as("SAP's downloads are x86-64").isEqualTo("linux/amd64");
        assertThat(Files.readString(written.dockerfile()))
                .isEqualTo(DockerfileGenerator.generate(scan, BaseImage.ROCKY_LINUX_9));
        assertThat(context.resolve(zip.getFileName())).hasSameBinaryContentAs(zip);
        assertThat(context.resolve(rpm.getFileName())).hasSameBinaryContentAs(rpm);
        assertThat(Files.isSameFile(context.resolve(zip.getFileName()), zip)).as("hard-linked, not copied").isTrue();
        long expectedSize = Files.size(zip) + Files.size(rpm) + Files.size(written.dockerfile())
                + Files.size(context.resolve(BuildContextWriter.MARKER))
                + Files.size(context.resolve(EntrypointScript.FILE_NAME));
        assertThat(context.resolve(EntrypointScript.FILE_NAME)).hasContent(EntrypointScript.text());
        assertThat(written.sizeBytes()).isEqualTo(expectedSize);
        assertThat(written.fileCount()).isEqualTo(5);
    }

    @Test
    void preparingAgainReplacesWhatItWroteBefore() throws IOException {
        Path downloads = work.resolve("downloads");
        SapDownloads.portableTgz(downloads, "2.18.1");
        SapDownloads.sapMachineJdk(downloads, "17.0.13");
        Path context = work.resolve("context");
        BuildContextWriter.write(InstallerScanner.scan(downloads), BaseImage.ROCKY_LINUX_9, context);
        Files.delete(downloads.resolve("sapcc-2.18.1-linux-x64.tar.gz"));
        SapDownloads.portableTgz(downloads, "2.19.1");

        BuildContextWriter.write(InstallerScanner.scan(downloads), BaseImage.ROCKY_LINUX_9, context);

        assertThat(context.resolve("sapcc-2.18.1-linux-x64.tar.gz")).doesNotExist();
        assertThat(context.resolve("sapcc-2.19.1-linux-x64.tar.gz")).exists();
        assertThat(Files.readString(context.resolve("Dockerfile"))).contains("scc-version=\"2.19.1\"");
    }

    @Test
    void neverClearsAFolderItDidNotPrepare() throws IOException {
        Path downloads = work.resolve("downloads");
        SapDownloads.portableTgz(downloads, "2.19.1");
        SapDownloads.sapMachineJdk(downloads, "21.0.12");
        Path someoneElses = Files.createDirectories(work.resolve("documents"));
        Path precious = Files.writeString(someoneElses.resolve("thesis.txt"), "keep me");

        assertThatThrownBy(() -> BuildContextWriter.write(InstallerScanner.scan(downloads), BaseImage.ROCKY_LINUX_9,
                someoneElses))
                .isInstanceOf(BuildContextException.class)
                .hasMessage("Folder " + someoneElses + " already holds files Connector Console did not put there:"
                        + " choose an empty folder for the build context");
        assertThat(precious).hasContent("keep me");
    }

    @Test
    void aScanWithProblemsGivesThoseProblemsAsTheReason() {
        InstallerScan empty = InstallerScanner.scan(work);

        assertThatThrownBy(() -> BuildContextWriter.write(empty, BaseImage.ROCKY_LINUX_9, work.resolve("context")))
                .isInstanceOf(BuildContextException.class)
                .hasMessageContaining("No Cloud Connector package found");
        assertThat(work.resolve("context")).doesNotExist();
    }

    @Test
    void acceptsAUserChosenDockerfileInsideItsContext() throws IOException {
        Path context = Files.createDirectories(work.resolve("mine"));
        Path dockerfile = Files.writeString(context.resolve("Dockerfile.scc"), "# mine\nFROM rockylinux:9\nRUN true\n");
        Files.writeString(context.resolve("payload.bin"), "12345");

        BuildContext chosen = BuildContextWriter.existing(dockerfile, context);

        assertThat(chosen.sizeBytes()).isEqualTo(Files.size(dockerfile) + 5);
        assertThat(chosen.fileCount()).isEqualTo(2);
        assertThat(chosen.describe()).isEqualTo("2 files, " + chosen.sizeBytes() + " B");
    }

    @Test
    void saysWhatIsWrongWithAUserChosenDockerfile() throws IOException {
        Path context = Files.createDirectories(work.resolve("mine"));
        Path outside = Files.writeString(work.resolve("Dockerfile"), "FROM scratch\n");
        Path notADockerfile = Files.writeString(context.resolve("notes.txt"), "hello\n");

        assertThatThrownBy(() -> BuildContextWriter.existing(context.resolve("Dockerfile"), context))
                .hasMessage("Dockerfile " + context.resolve("Dockerfile") + " does not exist");
        assertThatThrownBy(() -> BuildContextWriter.existing(outside, work.resolve("missing")))
                .hasMessage("Build context folder " + work.resolve("missing") + " does not exist");
        assertThatThrownBy(() -> BuildContextWriter.existing(outside, context))
                .hasMessage("The Dockerfile " + outside + " must be inside the build context folder " + context);
        assertThatThrownBy(() -> BuildContextWriter.existing(notADockerfile, context))
                .hasMessage(notADockerfile + " has no FROM instruction: it is not a Dockerfile");
    }

    @Test
    void sizesReadLikeAFileManagerShowsThem() {
        assertThat(BuildContext.humanSize(512)).isEqualTo("512 B");
        assertThat(BuildContext.humanSize(1536)).isEqualTo("1.5 KB");
        assertThat(BuildContext.humanSize(333_856_358L)).isEqualTo("318.4 MB");
    }
}
