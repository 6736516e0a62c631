package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import dev.connectorconsole.common.IntermediateStage;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.ImageBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated two-stage Dockerfile built on the real engine, through the app's build path, on a RHEL-like base made
 * FROM scratch ({@link FakeRhelBase}) from downloads that really unpack ({@link RunnableSapDownloads}).
 */
class TwoStageImageBuildTest {
    private static final long PAYLOAD = 3L << 20;
    private static EngineConnection engine;
    private static String base;

    @TempDir
    Path work;

    @BeforeAll
    static void buildBase() throws Exception {
        engine = EngineTestSupport.connect();
        base = FakeRhelBase.build(engine);
    }

    @AfterAll
    static void removeBase() {
        if (engine != null) {
            FakeRhelBase.remove(engine, base);
            engine.close();
        }
    }

    @Test
    void theImageHoldsTheInstalledConnectorAndJvmButNoDownloadInAnyLayer() throws Exception {
        Path downloads = work.resolve("downloads");
        Path scc = RunnableSapDownloads.portableTgz(downloads, "2.19.1", PAYLOAD, System.nanoTime());
        Path jvm = RunnableSapDownloads.sapMachineJdk(downloads, "21.0.12", PAYLOAD, System.nanoTime());
        String tag = EngineTestSupport.uniqueName("scc-two-stage");
        try {
            AwaitedBuild build = build(downloads, tag);

            ImageLayers layers = ImageLayers.of(engine.client(), tag);
            assertThat(layers.copiesOf(scc.getFileName().toString())).as("the connector download").isEmpty();
            assertThat(layers.copiesOf(jvm.getFileName().toString())).as("the JVM download").isEmpty();
            assertThat(layers.layers()).flatMap(ImageLayers.Layer::files)
                    .noneMatch(file -> file.path().startsWith("tmp/install"));
            assertThat(layers.copiesOf("opt/sap/scc-dist/" + RunnableSapDownloads.CONNECTOR_PAYLOAD))
                    .as("the connector's files stored once, owned by sccadmin")
                    .containsExactly(new ImageLayers.File("opt/sap/scc-dist/" + RunnableSapDownloads.CONNECTOR_PAYLOAD,
                            PAYLOAD, FakeRhelBase.SCCADMIN_ID));
            assertThat(layers.copiesOf("opt/sapmachine/" + RunnableSapDownloads.JVM_PAYLOAD)).hasSize(1);
            long added = layers.totalBytes() - ImageLayers.of(engine.client(), base).totalBytes();
            assertThat(added).as("bytes the image adds to its base: the installed payloads and little else")
                    .isBetween(2 * PAYLOAD, 2 * PAYLOAD + (64 << 10));

            assertKeepsTheSingleStageSettings(engine.client().inspectImageCmd(tag).exec());
            assertTheUnpackStageIsGone(build);
            assertPackagesLayerReused(build);

            Map<String, TarArchiveEntry> installed = filesInContainerMadeFrom(tag, EntrypointScript.DIST_DIR);
            assertThat(installed.get("scc-dist/go.sh").getMode() & 0111).as("go.sh executable").isEqualTo(0111);
            assertThat(installed.get("scc-dist/" + RunnableSapDownloads.CONNECTOR_PAYLOAD).getSize()).isEqualTo(PAYLOAD);
            for (String volume : DockerfileGenerator.STATE_FOLDERS) {
                TarArchiveEntry folder = installed.get("scc-dist/" + Path.of(volume).getFileName() + "/");
                assertThat(folder).as(volume).isNotNull();
                assertThat(folder.getLongUserId()).as("owner of " + volume).isEqualTo(FakeRhelBase.SCCADMIN_ID);
            }
            assertThat(filesInContainerMadeFrom(tag, "/opt/sapmachine")).containsKey("sapmachine/bin/java");
            assertThat(installed.get("scc-dist/" + EntrypointScript.STAMP)).as("the distribution's stamp").isNotNull();
            assertThat(filesInContainerMadeFrom(tag, EntrypointScript.PATH).get("scc-entrypoint.sh").getMode() & 0111)
                    .as("the start script executable").isEqualTo(0111);
            assertThat(runToExit(tag)).as("the start script fills the volume; go.sh finds java as sccadmin").isZero();
        } finally {
            FakeRhelBase.remove(engine, tag);
        }
    }

    @Test
    void aSapJvmZipIsUnzippedInTheUnpackStageAndOnlyItsFolderIsCopied() throws Exception {
        Path downloads = work.resolve("downloads");
        RunnableSapDownloads.portableTgz(downloads, "2.19.1", PAYLOAD, System.nanoTime());
        Path zip = RunnableSapDownloads.sapJvmZip(downloads, "8.1.102", PAYLOAD, System.nanoTime());
        String tag = EngineTestSupport.uniqueName("scc-two-stage");
        try {
            AwaitedBuild build = build(downloads, tag);

            ImageLayers layers = ImageLayers.of(engine.client(), tag);
            assertThat(layers.copiesOf(zip.getFileName().toString())).isEmpty();
            assertThat(layers.copiesOf("opt/sapjvm_8/" + RunnableSapDownloads.JVM_PAYLOAD)).hasSize(1);
            assertTheUnpackStageIsGone(build);
            assertThat(filesInContainerMadeFrom(tag, "/opt/sapjvm_8/bin")).containsKey("bin/java");
            assertThat(runToExit(tag)).isZero();
        } finally {
            FakeRhelBase.remove(engine, tag);
        }
    }

    /** Writes the context as the app does, points it at the fake base, and builds it with the app's builder. */
    private AwaitedBuild build(Path downloads, String tag) throws Exception {
        InstallerScan scan = InstallerScanner.scan(downloads);
        assertThat(scan.problems()).isEmpty();
        BuildContext context = BuildContextWriter.write(scan, BaseImage.ROCKY_LINUX_9, work.resolve("context"));
        FakeRhelBase.retarget(context, BaseImage.ROCKY_LINUX_9, base);
        AwaitedBuild build = new AwaitedBuild();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), context.platform(), tag,
                FakeRhelBase.TEST_LABELS, build);
        build.imageId(180);
        return build;
    }

    private static void assertKeepsTheSingleStageSettings(InspectImageResponse image) {
        var config = image.getConfig();
        assertThat(config.getVolumes()).containsOnlyKeys(DockerfileGenerator.VOLUMES);
        assertThat(config.getEntrypoint()).containsExactly(EntrypointScript.PATH);
        assertThat(config.getUser()).isEqualTo("sccadmin");
        assertThat(config.getWorkingDir()).isEqualTo(DockerfileGenerator.INSTALL_DIR);
        assertThat(config.getExposedPorts()).containsExactly(ExposedPort.tcp(DockerfileGenerator.ADMIN_PORT));
        assertThat(config.getEnv()).contains("JAVA_HOME=/opt/sapmachine");
        assertThat(config.getLabels()).containsEntry(DockerfileGenerator.KIND_LABEL, "connector")
                .containsEntry(DockerfileGenerator.VERSION_LABEL, "2.19.1")
                .containsEntry(DockerfileGenerator.LAYOUT_LABEL, DockerfileGenerator.ONE_VOLUME)
                .doesNotContainKey(IntermediateStage.LABEL);
        assertThat(config.getHealthcheck().getTest()).last().asString().contains("/exposed?action=ping");
    }

    private static void assertTheUnpackStageIsGone(AwaitedBuild build) {
        List<String> removed = build.lines.stream().filter(line -> line.startsWith("Removed the intermediate stage"))
                .map(line -> line.split(" ")[5]).toList();
        assertThat(removed).as(build.transcript()).hasSize(1);
        assertThatThrownBy(() -> engine.client().inspectImageCmd(removed.get(0)).exec())
                .as("the unpack stage's image, with the downloads, is not left on the engine")
                .isInstanceOf(NotFoundException.class);
    }

    /** The final stage's package step is the unpack stage's, from the cache: packages are installed once. */
    private static void assertPackagesLayerReused(AwaitedBuild build) {
        List<String> lines = build.lines;
        int finalStage = lines.indexOf(lines.stream().filter(l -> l.matches("Step \\d+/\\d+ : FROM .*"))
                .reduce((first, second) -> second).orElseThrow());
        List<String> afterFinalFrom = lines.subList(finalStage, lines.size());
        int packages = afterFinalFrom.indexOf(afterFinalFrom.stream().filter(l -> l.contains(": RUN dnf install"))
                .findFirst().orElseThrow());
        assertThat(afterFinalFrom.get(packages + 1)).as(build.transcript()).isEqualTo(" ---> Using cache");
    }

    private static Map<String, TarArchiveEntry> filesInContainerMadeFrom(String image, String path) throws IOException {
        String container = EngineTestSupport.uniqueName("scc-files");
        engine.client().createContainerCmd(image).withName(container).exec();
        try (InputStream archive = engine.client().copyArchiveFromContainerCmd(container, path).exec();
             TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            Map<String, TarArchiveEntry> entries = new HashMap<>();
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                entries.put(entry.getName(), entry);
            }
            return entries;
        } finally {
            engine.client().removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
        }
    }

    private static int runToExit(String image) {
        String container = EngineTestSupport.uniqueName("scc-run");
        engine.client().createContainerCmd(image).withName(container).exec();
        try {
            engine.client().startContainerCmd(container).exec();
            return engine.client().waitContainerCmd(container).exec(new WaitContainerResultCallback())
                    .awaitStatusCode(60, TimeUnit.SECONDS);
        } finally {
            engine.client().removeContainerCmd(container).withForce(true).withRemoveVolumes(true).exec();
        }
    }
}
