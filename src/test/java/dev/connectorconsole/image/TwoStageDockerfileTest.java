package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.IntermediateStage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the two stages of the generated Dockerfile hold, for every pairing and base. */
class TwoStageDockerfileTest {
    @TempDir
    Path downloads;

    @Test
    void theFinalStageCopiesOnlyTheInstalledFoldersNeverADownload() throws IOException {
        for (InstallerScan scan : everyPairing()) {
            for (BaseImage base : BaseImage.values()) {
                Stages stages = Stages.of(DockerfileGenerator.generate(scan, base));
                String jvm = scan.jvm().orElseThrow().fileName();
                String scc = scan.scc().orElseThrow().fileName();
                String javaHome = DockerfileGenerator.javaHome(scan.jvm().orElseThrow());

                assertThat(stages.unpack()).contains("COPY " + jvm + " /tmp/install/", "COPY " + scc + " /tmp/install/");
                assertThat(stages.last()).as("final stage of %s on %s", scc, base)
                        .doesNotContain(jvm, scc, "/tmp/install")
                        .noneMatch(line -> line.startsWith("COPY ") && !line.startsWith("COPY --from=unpack "))
                        .containsSubsequence(
                                "COPY --from=unpack " + javaHome + " " + javaHome,
                                "COPY --from=unpack --chown=sccadmin:sccgroup /opt/sap/scc /opt/sap/scc-dist");
                assertThat(stages.last()).as("no second copy of the connector's files")
                        .noneMatch(line -> !line.startsWith("#") && line.contains("chown -R"));
            }
        }
    }

    @Test
    void theFinalStageCreatesTheConnectorsUserBeforeCopyingItsFiles() throws IOException {
        for (InstallerScan scan : everyPairing()) {
            List<String> last = Stages.of(DockerfileGenerator.generate(scan, BaseImage.ROCKY_LINUX_9)).last();

            assertThat(last).containsSubsequence("RUN groupadd --system sccgroup \\",
                    " && useradd --system --gid sccgroup --home-dir /opt/sap/scc --no-create-home --shell /bin/bash"
                            + " sccadmin",
                    "COPY --from=unpack --chown=sccadmin:sccgroup /opt/sap/scc /opt/sap/scc-dist",
                    "USER sccadmin");
        }
    }

    @Test
    void portsUserAndLabelsAreThoseOfTheSingleStageImageTheVolumeAndEntrypointThoseOfTheOneVolumeLayout()
            throws IOException {
        for (InstallerScan scan : everyPairing()) {
            for (BaseImage base : BaseImage.values()) {
                List<String> before = runtimeSettings(SingleStageDockerfile.generate(scan, base).lines().toList());
                List<String> after = runtimeSettings(Stages.of(DockerfileGenerator.generate(scan, base)).last());

                assertThat(after).contains("VOLUME [\"/opt/sap/scc\"]", "ENTRYPOINT [\"/usr/local/bin/scc-entrypoint.sh\"]",
                        "      dev.connectorconsole.layout=\"one-volume\" \\", "EXPOSE 8443", "WORKDIR /opt/sap/scc",
                        "USER sccadmin");
                assertThat(withoutLayout(after)).isEqualTo(withoutLayout(before));
            }
        }
    }

    @Test
    void bothStagesInstallTheSamePackagesSoTheEngineReusesThatLayer() throws IOException {
        for (InstallerScan scan : everyPairing()) {
            Stages stages = Stages.of(DockerfileGenerator.generate(scan, BaseImage.ROCKY_LINUX_9));
            List<String> unpackRun = firstRun(stages.unpack());

            assertThat(firstRun(stages.last())).isEqualTo(unpackRun);
            assertThat(String.join("\n", unpackRun)).startsWith("RUN dnf install -y");
        }
    }

    @Test
    void onlyTheUnpackStageCarriesTheBuildIdTheBuilderRemovesItBy() throws IOException {
        Stages stages = Stages.of(DockerfileGenerator.generate(everyPairing().get(0), BaseImage.ROCKY_LINUX_9));

        assertThat(stages.unpack()).containsSubsequence("ARG " + IntermediateStage.BUILD_ID_ARG,
                "LABEL " + IntermediateStage.LABEL + "=\"${" + IntermediateStage.BUILD_ID_ARG + "}\"");
        assertThat(String.join("\n", stages.last())).doesNotContain(IntermediateStage.BUILD_ID_ARG)
                .doesNotContain(IntermediateStage.LABEL);
    }

    private static List<String> withoutLayout(List<String> settings) {
        return settings.stream().filter(line -> !line.startsWith("VOLUME ") && !line.startsWith("ENTRYPOINT ")
                && !line.contains("dev.connectorconsole.layout=")).toList();
    }

    /** The lines that shape the running container: labels, user, folders, ports, volumes, health check, entrypoint. */
    private static List<String> runtimeSettings(List<String> lines) {
        List<String> settings = new java.util.ArrayList<>();
        boolean continued = false;
        for (String line : lines) {
            boolean keep = continued || line.matches("^(LABEL|ENV|WORKDIR|USER|EXPOSE|VOLUME|HEALTHCHECK|ENTRYPOINT) .*");
            if (keep) {
                settings.add(line);
            }
            continued = keep && line.endsWith("\\");
        }
        return settings;
    }

    private static List<String> firstRun(List<String> stage) {
        int start = 0;
        while (!stage.get(start).startsWith("RUN ")) {
            start++;
        }
        int end = start;
        while (stage.get(end).endsWith("\\")) {
            end++;
        }
        return stage.subList(start, end + 1);
    }

    private List<InstallerScan> everyPairing() throws IOException {
        SapDownloads.installerZip(downloads.resolve("a"), "2.19.1", "6");
        SapDownloads.sapJvmRpm(downloads.resolve("a"), "8.1.102");
        SapDownloads.installerZip(downloads.resolve("b"), "2.19.1", "6");
        SapDownloads.sapJvmZip(downloads.resolve("b"), "8.1.102");
        SapDownloads.portableTgz(downloads.resolve("c"), "2.19.1");
        SapDownloads.sapJvmZip(downloads.resolve("c"), "8.1.102");
        SapDownloads.portableTgz(downloads.resolve("d"), "2.19.1");
        SapDownloads.sapMachineJdk(downloads.resolve("d"), "21.0.12");
        return List.of("a", "b", "c", "d").stream().map(f -> InstallerScanner.scan(downloads.resolve(f))).toList();
    }

    /** The generated text split at its FROM lines. */
    private record Stages(List<String> unpack, List<String> last) {
        static Stages of(String dockerfile) {
            List<String> lines = dockerfile.lines().toList();
            List<Integer> froms = java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> lines.get(i).startsWith("FROM ")).boxed().toList();
            assertThat(froms).as("two stages").hasSize(2);
            assertThat(lines.get(froms.get(0))).endsWith(" AS unpack");
            return new Stages(lines.subList(froms.get(0), froms.get(1)), lines.subList(froms.get(1), lines.size()));
        }
    }
}
