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
 * Prepares the build context for the sandbox connector. On a Linux x86-64 host ({@link SandboxBase#SCRATCH}): a
 * {@code FROM scratch} image with a jlink runtime made from the running JDK, the host libraries it links against (paths
 * kept), and the app's jars; no shell, no package manager, no health check (nothing to run one with). Elsewhere
 * ({@link SandboxBase#JRE_IMAGE}): the app's jars on a pinned public JRE image. Both run as an unprivileged user
 * (65532) that owns the data folders.
 */
public final class SandboxImageContext {
    /**
     * What the non-UI code needs: jdeps over the app's jars and libraries, plus TLS (jdk.crypto.ec), the process
     * figures of the monitoring API (jdk.management: com.sun.management.OperatingSystemMXBean) and the shadow's link
     * to its master (java.net.http).
     */
    public static final List<String> MODULES = List.of(
            "java.base", "java.logging", "java.management", "java.naming", "java.net.http", "java.sql", "java.xml",
            "jdk.crypto.ec", "jdk.httpserver", "jdk.management", "jdk.unsupported");
    public static final String MAIN_CLASS = "dev.connectorconsole.sandbox.SandboxMain";
    public static final String KIND = "sandbox";
    public static final String USER = "65532:65532";
    static final String APP_JAR_NAME = "connector-console.jar";
    static final String DATA_DIR = "/opt/sap/scc/scc_config";
    static final String LOG_DIR = "/opt/sap/scc/log";
    /** The sandbox images' repository; the tag is the version the image claims ({@link #imageTag}). */
    public static final String REPOSITORY = "connector-console/sandbox";
    /** Label holding the Cloud Connector version a sandbox image claims. */
    public static final String VERSION_LABEL = "dev.connectorconsole.scc-version";

    private final Path app;
    private final List<Path> libraries;
    private final Path cacheRoot;
    private final String mainClass;
    private final SandboxBase base;
    private final String version;
    private final boolean neverReady;

    private SandboxImageContext(Path app, List<Path> libraries, Path cacheRoot, String mainClass, SandboxBase base) {
        this(app, libraries, cacheRoot, mainClass, base, null, false);
    }

    private SandboxImageContext(Path app, List<Path> libraries, Path cacheRoot, String mainClass, SandboxBase base,
                                String version, boolean neverReady) {
        this.version = version;
        this.neverReady = neverReady;
        this.app = Objects.requireNonNull(app, "app");
        this.libraries = List.copyOf(libraries);
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
        this.mainClass = Objects.requireNonNull(mainClass, "mainClass");
        this.base = Objects.requireNonNull(base, "base");
    }

    /**
     * @param appJarOrClasses the app's jar, or its compiled classes folder (packed into a jar)
     * @param libraries       jars the sandbox needs on its class path
     */
    public static SandboxImageContext of(Path appJarOrClasses, List<Path> libraries) {
        return new SandboxImageContext(appJarOrClasses, libraries, defaultCacheRoot(), MAIN_CLASS,
                SandboxBase.forThisMachine());
    }

    /** The app and libraries of the running JVM, without the desktop UI, Docker client and test jars. */
    public static SandboxImageContext fromRunningApplication() {
        Path app = ClassPathDiscovery.appLocation();
        return of(app, ClassPathDiscovery.sandboxLibraries(ClassPathDiscovery.runningClassPath(), app));
    }

    /** Same context, with the jlink runtime cached under {@code folder}. */
    public SandboxImageContext withCacheRoot(Path folder) {
        return new SandboxImageContext(app, libraries, folder, mainClass, base, version, neverReady);
    }

    /** Same context with another entry point; the sandbox's arguments stay. For trying the image with a stand-in. */
    public SandboxImageContext withMainClass(String className) {
        return new SandboxImageContext(app, libraries, cacheRoot, className, base, version, neverReady);
    }

    /** Same context on another base; {@link #of} picks the one that works on this host. */
    public SandboxImageContext withBase(SandboxBase other) {
        return new SandboxImageContext(app, libraries, cacheRoot, mainClass, other, version, neverReady);
    }

    /**
     * Same context for an image that claims Cloud Connector {@code claimed} ({@code sandbox --version}), labelled with
     * it; tag it with {@link #imageTag}. Null: the sandbox's default version.
     */
    public SandboxImageContext withVersion(String claimed) {
        if (claimed != null && Version.tryParse(claimed).isEmpty()) {
            throw new IllegalArgumentException("Not a version: '" + claimed + "'");
        }
        return new SandboxImageContext(app, libraries, cacheRoot, mainClass, base, claimed, neverReady);
    }

    /** Same context for a sandbox that starts but never opens its admin port (for testing a failed upgrade). */
    public SandboxImageContext neverReady() {
        return new SandboxImageContext(app, libraries, cacheRoot, mainClass, base, version, true);
    }

    /** The tag of the sandbox image that claims {@code version}, e.g. {@code connector-console/sandbox:2.19.1}. */
    public static String imageTag(String version) {
        return REPOSITORY + ":" + Version.parse(version);
    }

    public SandboxBase base() {
        return base;
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
        if (base == SandboxBase.SCRATCH) {
            copyRuntime(rootfs);
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
        if (base == SandboxBase.SCRATCH) {
            Files.createDirectories(writable.resolve("tmp")); // the JRE image has its own /tmp, open to everyone
        }
        // The install folder is the image's volume; its state folders exist too, owned by the sandbox's user, so an
        // image made with a volume per folder (as older versions of the app made them) can write into them as well.
        for (String folder : DockerfileGenerator.STATE_FOLDERS) {
            Files.createDirectories(writable.resolve(folder.substring(1)));
        }
        Path dockerfile = directory.resolve("Dockerfile");
        Files.writeString(dockerfile, SandboxDockerfiles.forBase(base, mainClass, version, neverReady));
        return BuildContextWriter.measure(directory, dockerfile);
    }

    /** The jlink runtime and the host libraries it links against, at their own paths. */
    private void copyRuntime(Path rootfs) throws IOException, InterruptedException {
        Path runtime = JlinkRuntime.ensure(cacheRoot, MODULES);
        copyTree(runtime, rootfs.resolve("opt/java"));
        Set<Path> hostLibraries = SharedLibraries.requiredBy(runtime);
        for (Path library : hostLibraries) {
            Path target = rootfs.resolve(library.toString().substring(1));
            Files.createDirectories(target.getParent());
            Files.copy(library, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
