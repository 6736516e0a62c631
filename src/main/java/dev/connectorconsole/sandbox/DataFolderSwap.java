package dev.connectorconsole.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Replaces the data folder as the real connector's restore replaces {@code scc_config}: the old folder is moved
 * aside, a new one is written, the old one is deleted. A folder that is a mount point cannot be moved or removed:
 * then the restore fails as the real one does ("Could not remove directory …", 500) and nothing changes. This is why
 * the images keep one volume at the install folder rather than a volume per state folder.
 */
final class DataFolderSwap {
    /** Writes the restored files into the new, empty folder. */
    interface Writer {
        void write() throws IOException;
    }

    private DataFolderSwap() {}

    /**
     * @param restored names of the files the restore writes; every other entry of the old folder (e.g. a log folder
     *                 inside it) is moved into the new folder as it is
     */
    static void replace(Path folder, Set<String> restored, Writer writer) {
        Path aside = folder.resolveSibling("." + folder.getFileName() + ".before-restore-" + System.nanoTime());
        try {
            Files.move(folder, aside);
        } catch (IOException e) {
            throw new ApiException(500, "RUNTIME_FAILURE", "Could not remove directory " + folder);
        }
        try {
            Files.createDirectory(folder);
            for (Path entry : entries(aside)) {
                if (!restored.contains(entry.getFileName().toString())) {
                    Files.move(entry, folder.resolve(entry.getFileName()));
                }
            }
            writer.write();
        } catch (IOException | RuntimeException e) {
            putBack(folder, aside);
            throw e instanceof IOException io ? new UncheckedIOException("Cannot write the restored configuration: "
                    + io.getMessage(), io) : (RuntimeException) e;
        }
        deleteTree(aside);
    }

    private static void putBack(Path folder, Path aside) {
        try {
            if (Files.exists(folder)) {
                for (Path entry : entries(folder)) {
                    Path old = aside.resolve(entry.getFileName());
                    if (!Files.exists(old)) {
                        Files.move(entry, old);
                    }
                }
                deleteTree(folder);
            }
            Files.move(aside, folder);
        } catch (IOException | UncheckedIOException e) {
            // the old folder stays at its aside name: nothing of it is lost
        }
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
