package dev.connectorconsole.image;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Finds the app's own classes and the library jars the sandbox connector needs from a class path, leaving out the
 * desktop UI, the Docker client and test tooling.
 */
final class ClassPathDiscovery {
    /** File-name prefixes of jars the headless sandbox never loads. */
    static final List<String> LEFT_OUT = List.of(
            "javafx-", "controlsfx-", "atlantafx-", "ikonli-", "docker-java-",
            "junit-", "opentest4j-", "apiguardian-", "testfx-", "openjfx-monocle-", "assertj-", "archunit-",
            "surefire-", "common-java5-", "common-junit", "hamcrest-", "byte-buddy-", "mockito-");

    private ClassPathDiscovery() {}

    /** Where this app's classes were loaded from: its jar, or a classes folder when run from a build. */
    static Path appLocation() {
        try {
            return Path.of(SandboxImageContext.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The app's own class location is unknown", e);
        }
    }

    /** Class path entries of this JVM, with jars' manifest {@code Class-Path} entries expanded. */
    static List<Path> runningClassPath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                expand(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return new ArrayList<>(entries);
    }

    /** Library jars from {@code classPath} that the sandbox needs: not the app itself, no folders, none left out. */
    static List<Path> sandboxLibraries(List<Path> classPath, Path app) {
        List<Path> libraries = new ArrayList<>();
        for (Path entry : classPath) {
            String name = entry.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean leftOut = LEFT_OUT.stream().anyMatch(name::startsWith);
            if (!entry.equals(app) && name.endsWith(".jar") && Files.isRegularFile(entry) && !leftOut) {
                libraries.add(entry);
            }
        }
        return libraries;
    }

    private static void expand(Path entry, Set<Path> entries) {
        if (!entries.add(entry) || !Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        Manifest manifest;
        try (JarFile jar = new JarFile(entry.toFile())) {
            manifest = jar.getManifest();
        } catch (IOException unreadable) {
            return;
        }
        String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (classPath == null) {
            return;
        }
        URI base = entry.getParent().toUri();
        for (String reference : classPath.trim().split("\\s+")) {
            if (reference.isEmpty()) {
                continue;
            }
            try {
                URI resolved = base.resolve(new URI(reference));
                if ("file".equalsIgnoreCase(resolved.getScheme())) {
                    expand(Path.of(resolved).normalize(), entries);
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                // A manifest entry that is not a usable file URL cannot be on the class path either.
            }
        }
    }
}
