package dev.connectorconsole.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Stand-ins for SAP's downloads whose connector really answers the admin API: the "JVM download" is the jlink runtime
 * the sandbox image uses, packed as a SapMachine JDK archive, and the "connector download" is a portable package whose
 * {@code go.sh} starts the sandbox connector ({@link SandboxImageContext#MAIN_CLASS}) claiming the package's version.
 * The runtime links against host libraries, which {@link FakeRhelBase#build(dev.connectorconsole.engine.EngineConnection,
 * Set)} puts into the base. Archives have fixed times, so the same runtime packs into the same bytes and the engine
 * reuses the JVM's layers from build to build.
 */
public final class SandboxSapDownloads {
    public static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();
    private static final Date FIXED_TIME = new Date(315_532_800_000L);
    private static final String INSTALL = DockerfileGenerator.INSTALL_DIR;

    private SandboxSapDownloads() {}

    /** The jlink runtime the sandbox runs on, at a path of this machine's cache. */
    public static Path runtime() throws IOException, InterruptedException {
        return JlinkRuntime.ensure(JLINK_CACHE, SandboxImageContext.MODULES);
    }

    /** The host libraries the runtime needs, at their own paths, for {@link FakeRhelBase#build}. */
    public static Set<Path> hostLibraries() throws IOException, InterruptedException {
        return SharedLibraries.requiredBy(runtime());
    }

    /** {@code sapmachine-jdk-<running Java>_linux-x64_bin.tar.gz} holding the runtime under its top folder. */
    public static Path sapMachineJdk(Path folder) throws IOException, InterruptedException {
        Runtime.Version running = Runtime.version();
        String version = running.feature() + "." + running.interim() + "." + running.update();
        String top = "sapmachine-jdk-" + version + "/";
        Path file = folder.resolve("sapmachine-jdk-" + version + "_linux-x64_bin.tar.gz");
        Path runtime = runtime();
        try (TarArchiveOutputStream tar = tarGz(file)) {
            directory(tar, top);
            try (Stream<Path> walk = Files.walk(runtime)) {
                for (Path path : walk.sorted().toList()) {
                    String name = top + runtime.relativize(path).toString().replace('\\', '/');
                    if (path.equals(runtime)) {
                        continue;
                    }
                    if (Files.isDirectory(path)) {
                        directory(tar, name + "/");
                    } else {
                        file(tar, name, Files.readAllBytes(path), Files.isExecutable(path) ? 0755 : 0644);
                    }
                }
            }
            file(tar, top + "bin/javac", "#!/bin/sh\necho 'no compiler in this stand-in' >&2\nexit 1\n"
                    .getBytes(StandardCharsets.UTF_8), 0755);
        }
        return file;
    }

    /**
     * {@code sapcc-<version>-linux-x64.tar.gz}: go.sh runs the sandbox with the app's jars, claiming {@code version}.
     *
     * @param neverReady the connector starts but never opens its admin port (a broken new version)
     */
    public static Path connector(Path folder, String version, boolean neverReady) throws IOException {
        Path file = folder.resolve("sapcc-" + version + "-linux-x64.tar.gz");
        Path app = ClassPathDiscovery.appLocation();
        List<Path> libraries = ClassPathDiscovery.sandboxLibraries(ClassPathDiscovery.runningClassPath(), app);
        String goSh = "#!/bin/sh\n# stand-in for SAP's go.sh: the sandbox connector claiming " + version + "\n"
                + "exec java -cp '" + INSTALL + "/app/*' " + SandboxImageContext.MAIN_CLASS + " --version " + version
                + " --port " + DockerfileGenerator.ADMIN_PORT + " --data " + INSTALL + "/scc_config --log " + INSTALL
                + "/log --bind 0.0.0.0" + (neverReady ? " --never-ready" : "") + " \"$@\"\n";
        try (TarArchiveOutputStream tar = tarGz(file)) {
            directory(tar, "./");
            file(tar, "./go.sh", goSh.getBytes(StandardCharsets.UTF_8), 0755);
            file(tar, "./daemon.sh", "#!/bin/sh\nexit 0\n".getBytes(StandardCharsets.UTF_8), 0755);
            file(tar, "./props.ini", "-Xmx256m\n".getBytes(StandardCharsets.UTF_8), 0644);
            directory(tar, "./app/");
            Path jar = Files.createTempFile("cc-test-app-", ".jar");
            try {
                if (Files.isDirectory(app)) {
                    DeterministicJar.pack(app, jar);
                } else {
                    Files.copy(app, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                file(tar, "./app/" + SandboxImageContext.APP_JAR_NAME, Files.readAllBytes(jar), 0644);
            } finally {
                Files.deleteIfExists(jar);
            }
            for (Path library : libraries) {
                file(tar, "./app/" + library.getFileName(), Files.readAllBytes(library), 0644);
            }
        }
        return file;
    }

    private static TarArchiveOutputStream tarGz(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        entry.setModTime(FIXED_TIME);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void file(TarArchiveOutputStream tar, String name, byte[] content, int mode) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100000 | mode);
        entry.setSize(content.length);
        entry.setModTime(FIXED_TIME);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
