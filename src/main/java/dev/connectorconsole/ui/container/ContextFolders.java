package dev.connectorconsole.ui.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Build context folders under the app's work folder: each build starts from an empty one. */
final class ContextFolders {
    private ContextFolders() {}

    /** Deletes {@code folder} and everything in it, so the next build writes into an absent folder. */
    static Path fresh(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return folder;
    }
}
