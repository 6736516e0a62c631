package dev.connectorconsole.image;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prepares a {@code FROM scratch} build context for the sandbox connector: a jlink runtime made from the running JDK,
 * the host libraries it links against (paths kept), and the app's jars. The image has no shell, no package manager and
 * no health check (nothing to run one with); it runs as an unprivileged user (65532) that owns the data folders.
 */
public final class SandboxImageContext {
    /** What the non-UI code needs: jdeps over the app's jars and libraries, plus TLS (jdk.crypto.ec). */
    public static final List<String> MODULES = List.of(
            "java.base", "java.logging", "java.management", "java.naming", "java.sql", "java.xml",
            "jdk.crypto.ec", "jdk.httpserver", "jdk.unsupported");
    public static final String MAIN_CLASS = "dev.connectorconsole.sandbox.SandboxMain";
    public static final String KIND = "sandbox";
    public static final String USER = "65532:65532";
    static final String APP_JAR_NAME = "connector-console.jar";
    static final String DATA_DIR = "/opt/sap/scc/scc_config";
    static final String LOG_DIR = "/opt/sap/scc/log";

    private final Path app;
    private final List<Path> libraries;
    private final Path cacheRoot;
    private final String mainClass;

    private SandboxImageContext(Path app, List<Path> libraries, Path cacheRoot, String mainClass) {
        this.app = Objects.requireNonNull(app, "app");
        this.libraries = List.copyOf(libraries);
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
    }

    /**
     * @param appJarOrClasses the app's jar, or its compiled classes folder (packed into a jar)
     * @param libraries       jars the sandbox needs on its class path
     */
    public static SandboxImageContext of(Path appJarOrClasses, List<Path> libraries) {
        return new SandboxImageContext(appJarOrClasses, libraries, defaultCacheRoot(), MAIN_CLASS);
    }

    /** The app and libraries of the running JVM, without the desktop UI, Docker client and test jars. */
    public static SandboxImageContext fromRunningApplication() {
        Path app = ClassPathDiscovery.appLocation();
        return of(app, ClassPathDiscovery.sandboxLibraries(ClassPathDiscovery.runningClassPath(), app));
    }

    /** Same context, with the jlink runtime cached under {@code folder}. */
    public SandboxImageContext withCacheRoot(Path folder) {
        return new SandboxImageContext(app, libraries, folder, mainClass);
    }

    /** Same context with another entry point; the sandbox's arguments stay. For trying the image with a stand-in. */
    public SandboxImageContext withMainClass(String className) {
        return new SandboxImageContext(app, libraries, cacheRoot, className);
    }

    public List<Path> libraries() {
        return libraries;
    }

    public Path app() {
        return app;
    }

    /**
     * Fills {@code directory} (absent or empty) with {@code Dockerfile}, {@code rootfs/} and {@code writable/}.
     * The first call takes seconds (jlink); later calls reuse the cached runtime.
     */
    public BuildContext prepare(Path directory) throws IOException, InterruptedException {
        if (Files.exists(directory)) {
            try (Stream<Path> children = Files.list(directory)) {
                if (children.findAny().isPresent()) {
                    throw new BuildContextException("Folder " + directory + " is not empty: the sandbox image needs an"
                            + " empty folder for its build context");
                }
            }
        }
        Path rootfs = Files.createDirectories(directory.resolve("rootfs"));
        Path runtime = JlinkRuntime.ensure(cacheRoot, MODULES);
        copyTree(runtime, rootfs.resolve("opt/java"));
        Set<Path> hostLibraries = SharedLibraries.requiredBy(runtime);
        for (Path library : hostLibraries) {
            Path target = rootfs.resolve(library.toString().substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(library, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Path appDir = Files.createDirectories(rootfs.resolve("opt/app"));
        if (Files.isDirectory(app)) {
            DeterministicJar.pack(app, appDir.resolve(APP_JAR_NAME));
        } else {
            linkOrCopy(app, appDir.resolve(APP_JAR_NAME));
        }
        for (Path library : libraries) {
            linkOrCopy(library, appDir.resolve(library.getFileName()));
        }
        Path writable = Files.createDirectories(directory.resolve("writable"));
        Files.createDirectories(writable.resolve("tmp"));
        for (String volume : DockerfileGenerator.VOLUMES) {
            Files.createDirectories(writable.resolve(volume.substring(1)));
        }
        Path dockerfile = directory.resolve("Dockerfile");
        Files.writeString(dockerfile, dockerfile(mainClass));
        return BuildContextWriter.measure(directory, dockerfile);
    }

    static String dockerfile(String mainClass) {
        String volumes = String.join(", ", DockerfileGenerator.VOLUMES.stream().map(v -> "\"" + v + "\"").toList());
        return "# Generated by Connector Console: the sandbox connector, an emulator of the Cloud Connector admin API.\n"
                + "# A jlink Java runtime, the host libraries it links against and the app's jars; no shell.\n"
                + "FROM scratch\n"
                + "LABEL " + DockerfileGenerator.KIND_LABEL + "=\"" + KIND + "\"\n"
                + "COPY rootfs/ /\n"
                + "# /tmp and the data folders belong to the unprivileged user, so new volumes do too.\n"
                + "COPY --chown=" + USER + " writable/ /\n"
                + "USER " + USER + "\n"
                + "EXPOSE " + DockerfileGenerator.ADMIN_PORT + "\n"
                + "VOLUME [" + volumes + "]\n"
                + "ENTRYPOINT [\"/opt/java/bin/java\",\"-cp\",\"/opt/app/*\",\"" + mainClass + "\",\"--port\",\""
                + DockerfileGenerator.ADMIN_PORT + "\",\"--data\",\"" + DATA_DIR + "\",\"--log\",\"" + LOG_DIR + "\",\"--bind\",\"0.0.0.0\"]\n";
    }

    private static Path defaultCacheRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "connector-console-" + System.getProperty("user.name"),
                "jlink");
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted().toList()) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    linkOrCopy(path, destination);
                }
            }
        }
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | FileSystemException otherFileSystem) {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
