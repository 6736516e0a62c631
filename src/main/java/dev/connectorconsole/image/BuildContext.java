package dev.connectorconsole.image;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A folder ready to be sent to the engine as a build context.
 *
 * @param dockerfile inside {@code directory}
 * @param sizeBytes  total size of the regular files under {@code directory}
 * @param fileCount  number of regular files under {@code directory}
 */
public record BuildContext(Path directory, Path dockerfile, long sizeBytes, int fileCount) {
    public BuildContext {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(dockerfile, "dockerfile");
    }

    /** "3 files, 318.4 MB". */
    public String describe() {
        return fileCount + (fileCount == 1 ? " file, " : " files, ") + humanSize(sizeBytes);
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
