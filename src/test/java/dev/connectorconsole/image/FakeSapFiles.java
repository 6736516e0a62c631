package dev.connectorconsole.image;

import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.testsupport.SharedImages;
import dev.connectorconsole.upgrade.SapFilesNewImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders of fake SAP downloads that build, through the app's two-stage path, into connectors answering the admin API
 * ({@link SandboxSapDownloads}), and the local base they build on instead of Rocky Linux ({@link FakeRhelBase} with
 * the JVM's host libraries, built once per test run and never removed by a test). Make one per test class: the JVM
 * archive is packed once and shared, so the engine reuses the JVM's layers from one version's build to the next.
 */
public final class FakeSapFiles implements AutoCloseable {
    public static final BaseImage BASE = BaseImage.ROCKY_LINUX_9;
    private final EngineConnection engine;
    private final Path work;
    private final String base;
    private final Path jvm;

    private FakeSapFiles(EngineConnection engine, Path work, String base, Path jvm) {
        this.engine = engine;
        this.work = work;
        this.base = base;
        this.jvm = jvm;
    }

    /** Tags the shared base and packs the JVM; {@code work} is this object's folder until {@link #close}. */
    public static FakeSapFiles create(EngineConnection engine, Path work) throws Exception {
        String base = FakeRhelBase.shared(engine, SandboxSapDownloads.hostLibraries());
        return new FakeSapFiles(engine, work, base, SandboxSapDownloads.sapMachineJdk(work.resolve("jvm")));
    }

    /** A new folder as a user would have it: the connector package of {@code version} and the JVM archive. */
    public Path downloads(String version, boolean neverReady) throws IOException {
        Path folder = Files.createTempDirectory(work, "sap-" + version + "-");
        SandboxSapDownloads.connector(folder, version, neverReady);
        Files.createLink(folder.resolve(jvm.getFileName()), jvm);
        return folder;
    }

    /** Points a written context's FROM lines at the local base. */
    public SapFilesNewImage.ContextAdjustment onLocalBase() {
        return context -> FakeRhelBase.retarget(context, BASE, base);
    }

    /**
     * The image of {@code version} built from these downloads as {@link SapFilesNewImage} builds it, once per test run
     * ({@link SharedImages}), tagged {@code tag}: for a test whose subject is not that build. Returns the image id.
     */
    public String sharedImage(String version, String tag) throws Exception {
        return SharedImages.tagged(engine, "sap-" + version, dir -> {
            BuildContext context = BuildContextWriter.write(InstallerScanner.scan(downloads(version, false)), BASE, dir);
            onLocalBase().adjust(context);
            return context;
        }, tag);
    }

    /** Deletes the folder; the shared base stays for the classes after this one. */
    @Override
    public void close() throws IOException {
        FakeRhelBase.deleteTree(work);
    }
}
