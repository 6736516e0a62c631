package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.ImageBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-volume layout on the real engine: two SAP-style images built by the app's generator on the busybox
 * {@link FakeRhelBase}, run one after the other on the same volume at /opt/sap/scc, as an upgrade does.
 */
class OneVolumeLayoutTest {
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
    void aNewImageBringsItsProgramFilesAndNewDefaultsButKeepsTheUsersState() throws Exception {
        String oldImage = EngineTestSupport.uniqueName("scc-layout-old");
        String newImage = EngineTestSupport.uniqueName("scc-layout-new");
        String volume = EngineTestSupport.uniqueName("scc-layout") + "_scc";
        String first = EngineTestSupport.uniqueName("scc-layout-first");
        String second = EngineTestSupport.uniqueName("scc-layout-second");
        try {
            build("2.19.0", Map.of("plugins/core.jar", "core 1\n", "props.ini", "-Xmx1024m\n",
                    "config/users.xml", "default users\n", "conf/server.xml", "port 8443\n"), oldImage);
            build("2.19.1", Map.of("plugins/core.jar", "core 2\n", "plugins/added.jar", "added in 2\n",
                    "props.ini", "-Xmx2048m\n", "config/users.xml", "default users 2\n",
                    "config/new-default.xml", "new in 2\n", "conf/server.xml", "port 8443 v2\n"), newImage);

            assertThat(runToExit(first, oldImage, volume)).as("first start: seeds the volume, runs go.sh").isZero();
            Map<String, String> seeded = files(first);
            assertThat(seeded).containsEntry("scc/plugins/core.jar", "core 1\n")
                    .containsEntry("scc/config/users.xml", "default users\n")
                    .containsEntry("scc/props.ini", "-Xmx1024m\n")
                    .containsEntry("scc/conf/server.xml", "port 8443\n")
                    .containsKey("scc/go.sh");
            assertThat(seeded.keySet()).as("the state folders are plain folders in the volume")
                    .contains("scc/scc_config/", "scc/config_master/", "scc/log/");

            put(first, Map.of("config/users.xml", "the user's users\n", "props.ini", "-Xmx4096m\n",
                    "scc_config/secure.store", "secrets\n"));
            engine.client().removeContainerCmd(first).exec();

            assertThat(runToExit(second, newImage, volume)).as("the newer image on the same volume").isZero();
            Map<String, String> upgraded = files(second);
            assertThat(upgraded).as("program files come from the new image")
                    .containsEntry("scc/plugins/core.jar", "core 2\n")
                    .containsEntry("scc/plugins/added.jar", "added in 2\n")
                    .as("a new default file arrives")
                    .containsEntry("scc/config/new-default.xml", "new in 2\n")
                    .as("the user's state is not overwritten")
                    .containsEntry("scc/config/users.xml", "the user's users\n")
                    .containsEntry("scc/props.ini", "-Xmx4096m\n")
                    .containsEntry("scc/conf/server.xml", "port 8443\n")
                    .containsEntry("scc/scc_config/secure.store", "secrets\n");
        } finally {
            for (String container : new String[] {first, second}) {
                try {
                    engine.client().removeContainerCmd(container).withForce(true).exec();
                } catch (RuntimeException gone) {
                    // not created or already removed
                }
            }
            try {
                engine.client().removeVolumeCmd(volume).exec();
            } catch (RuntimeException gone) {
                // not created
            }
            FakeRhelBase.remove(engine, oldImage);
            FakeRhelBase.remove(engine, newImage);
        }
    }

    private void build(String version, Map<String, String> files, String tag) throws Exception {
        Path downloads = work.resolve("downloads-" + version);
        RunnableSapDownloads.portableTgz(downloads, version, files);
        RunnableSapDownloads.sapMachineJdk(downloads, "21.0.12", 1024, 7);
        InstallerScan scan = InstallerScanner.scan(downloads);
        assertThat(scan.problems()).isEmpty();
        BuildContext context = BuildContextWriter.write(scan, BaseImage.ROCKY_LINUX_9, work.resolve("context-" + version));
        FakeRhelBase.retarget(context, BaseImage.ROCKY_LINUX_9, base);
        AwaitedBuild build = new AwaitedBuild();
        new ImageBuilder(engine).build(context.directory(), context.dockerfile(), context.platform(), tag,
                FakeRhelBase.TEST_LABELS, build);
        build.imageId(180);
    }

    private static int runToExit(String container, String image, String volume) {
        engine.client().createContainerCmd(image).withName(container).withLabels(FakeRhelBase.TEST_LABELS)
                .withHostConfig(HostConfig.newHostConfig().withBinds(
                        new Bind(volume, new Volume(DockerfileGenerator.INSTALL_DIR)))).exec();
        engine.client().startContainerCmd(container).exec();
        return engine.client().waitContainerCmd(container).exec(new WaitContainerResultCallback())
                .awaitStatusCode(60, TimeUnit.SECONDS);
    }

    /** Path in the archive ("scc/…", folders end in "/") → text of the file ("" for a folder). */
    private static Map<String, String> files(String container) throws IOException {
        try (InputStream archive = engine.client().copyArchiveFromContainerCmd(container,
                DockerfileGenerator.INSTALL_DIR).exec(); TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
            Map<String, String> files = new HashMap<>();
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                files.put(entry.getName(), entry.isDirectory() ? "" : new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
            return files;
        }
    }

    /** Writes files into the install folder of the stopped container, owned by sccadmin as the connector's are. */
    private static void put(String container, Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry(file.getKey());
                entry.setSize(content.length);
                entry.setMode(0100644);
                entry.setIds(FakeRhelBase.SCCADMIN_ID, FakeRhelBase.SCCADMIN_ID);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        engine.client().copyArchiveToContainerCmd(container).withRemotePath(DockerfileGenerator.INSTALL_DIR)
                .withTarInputStream(new ByteArrayInputStream(bytes.toByteArray())).exec();
    }
}
