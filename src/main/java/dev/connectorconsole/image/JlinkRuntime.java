package dev.connectorconsole.image;

import java.lang.module.ModuleFinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * A minimal Java runtime made with jlink from the running JDK, cached under a folder keyed by the JDK and module list,
 * because jlink takes seconds.
 */
final class JlinkRuntime {
    private static final long JLINK_TIMEOUT_SECONDS = 300;

    private JlinkRuntime() {}

    /** Whether {@link #ensure} can give a runtime with these modules: jlink is here, or the running runtime has them. */
    static boolean canProvide(List<String> modules) {
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (Files.isExecutable(javaHome.resolve("bin").resolve("jlink")) && Files.isDirectory(javaHome.resolve("jmods"))) {
            return true;
        }
        return isComplete(javaHome) && modules.stream().allMatch(name -> ModuleFinder.ofSystem().find(name).isPresent());
    }

    /** The cached runtime for these modules, made now when it is missing. */
    static Path ensure(Path cacheRoot, List<String> modules) throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path jlink = javaHome.resolve("bin").resolve("jlink");
        if (!Files.isExecutable(jlink) || !Files.isDirectory(javaHome.resolve("jmods"))) {
            return runningRuntimeIfSufficient(javaHome, modules);
        }
        Path runtime = cacheRoot.resolve(key(javaHome, modules));
        if (isComplete(runtime)) {
            return runtime;
        }
        Files.createDirectories(cacheRoot);
        Path staging = Files.createTempDirectory(cacheRoot, "jlink-");
        Path output = staging.resolve("runtime");
        List<String> command = new ArrayList<>(List.of(jlink.toString(),
                "--add-modules", String.join(",", new TreeSet<>(modules)),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--output", output.toString()));
        ProcessRunner.Result result = ProcessRunner.run(command, JLINK_TIMEOUT_SECONDS);
        if (result.exitCode() != 0) {
            deleteTree(staging);
            throw new IOException("jlink failed (exit " + result.exitCode() + "): " + result.output().strip());
        }
        try {
            Files.move(output, runtime, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException
                raced) {
            // Another preparation finished first; its runtime is as good as ours.
            if (!isComplete(runtime)) {
                throw raced;
            }
        } finally {
            deleteTree(staging);
        }
        return runtime;
    }

    /**
     * The installed app runs on its own jlink runtime, which has no jlink; that runtime already holds the sandbox's
     * modules, so the image can carry a copy of it instead.
     */
    private static Path runningRuntimeIfSufficient(Path javaHome, List<String> modules) throws IOException {
        List<String> missing = modules.stream().filter(name -> ModuleFinder.ofSystem().find(name).isEmpty()).toList();
        if (!missing.isEmpty() || !isComplete(javaHome)) {
            throw new IOException("The running Java (" + javaHome + ") has no jlink and lacks " + missing
                    + ", so the sandbox image cannot be prepared from it; run the app with a JDK 17 or newer");
        }
        return javaHome;
    }

    private static boolean isComplete(Path runtime) {
        return Files.isExecutable(runtime.resolve("bin").resolve("java")) && Files.isRegularFile(runtime.resolve("release"));
    }

    private static String key(Path javaHome, List<String> modules) {
        String identity = javaHome.toAbsolutePath() + "|" + System.getProperty("java.runtime.version") + "|"
                + String.join(",", new TreeSet<>(modules));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "runtime-" + Runtime.version().feature() + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
