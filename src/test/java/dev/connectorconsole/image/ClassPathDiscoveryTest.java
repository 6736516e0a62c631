package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassPathDiscoveryTest {
    @TempDir
    Path work;

    @Test
    void leavesOutUiDockerAndTestJarsAndFolders() throws IOException {
        Path app = jar(work.resolve("connector-console.jar"), null);
        Path jackson = jar(work.resolve("lib/jackson-databind-2.21.4.jar"), null);
        Path javafx = jar(work.resolve("lib/javafx-controls-21.0.11-linux.jar"), null);
        Path docker = jar(work.resolve("lib/docker-java-core-3.7.0.jar"), null);
        Path junit = jar(work.resolve("m2/junit-jupiter-api-5.14.1.jar"), null);
        Path testClasses = Files.createDirectories(work.resolve("test-classes"));

        assertThat(ClassPathDiscovery.sandboxLibraries(List.of(app, jackson, javafx, docker, junit, testClasses), app))
                .containsExactly(jackson);
    }

    @Test
    void findsTheAppItselfAndTheLibrariesOfThisJvm() {
        Path app = ClassPathDiscovery.appLocation();
        List<Path> libraries = ClassPathDiscovery.sandboxLibraries(ClassPathDiscovery.runningClassPath(), app);

        assertThat(app.resolve("dev/connectorconsole/image/SandboxImageContext.class")).exists();
        assertThat(libraries).anyMatch(p -> p.getFileName().toString().startsWith("slf4j-api-"))
                .noneMatch(p -> p.getFileName().toString().startsWith("javafx-"));
    }

    @Test
    void followsManifestClassPathsLikeTheJavaLauncherDoes() throws IOException {
        Path lib = jar(work.resolve("app/lib/okhttp-jvm-5.3.2.jar"), null);
        Path elsewhere = jar(work.resolve("repo/slf4j api/slf4j-api-2.0.17.jar"), null);
        Path app = jar(work.resolve("app/connector-console.jar"),
                "lib/okhttp-jvm-5.3.2.jar " + elsewhere.toUri() + " lib/missing.jar");
        String before = System.getProperty("java.class.path");
        System.setProperty("java.class.path", app.toString());
        try {
            assertThat(ClassPathDiscovery.runningClassPath())
                    .containsExactly(app, lib, elsewhere, work.resolve("app/lib/missing.jar"));
        } finally {
            System.setProperty("java.class.path", before);
        }
    }

    private static Path jar(Path file, String classPath) throws IOException {
        Files.createDirectories(file.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }
}
