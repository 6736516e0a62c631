package dev.connectorconsole.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Packs a classes folder into a jar whose bytes depend only on the files' names and contents (sorted entries, fixed
 * times), so an unchanged app gives an unchanged image layer.
 */
final class DeterministicJar {
    private static final FileTime FIXED_TIME = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, zip's epoch

    private DeterministicJar() {}

    static void pack(Path classes, Path jar) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            JarEntry manifestEntry = new JarEntry("META-INF/MANIFEST.MF");
            manifestEntry.setLastModifiedTime(FIXED_TIME);
            out.putNextEntry(manifestEntry);
            manifest.write(out);
            out.closeEntry();
            for (Path path : files) {
                String name = classes.relativize(path).toString().replace('\\', '/');
                if (name.equalsIgnoreCase("META-INF/MANIFEST.MF")) {
                    continue;
                }
                JarEntry entry = new JarEntry(name);
                entry.setLastModifiedTime(FIXED_TIME);
                out.putNextEntry(entry);
                Files.copy(path, out);
                out.closeEntry();
            }
        }
    }
}
