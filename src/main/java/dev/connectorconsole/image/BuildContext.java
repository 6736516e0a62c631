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
 * @param platform   the platform the build asks for ("linux/amd64"), or null for the engine's own
 */
public record BuildContext(Path directory, Path dockerfile, long sizeBytes, int fileCount, String platform) {
    public BuildContext {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(dockerfile, "dockerfile");
    }

    public BuildContext(Path directory, Path dockerfile, long sizeBytes, int fileCount) {
        this(directory, dockerfile, sizeBytes, fileCount, null);
    }

    /** Same context, built for {@code other}. */
    public BuildContext withPlatform(String other) {
        return new BuildContext(directory, dockerfile, sizeBytes, fileCount, other);
    }

    /** "3 files, 318.4 MB". */
    public String describe() {
        return fileCount + (fileCount == 1 ? " file, " : " files, ") + humanSize(sizeBytes);
    }

    /** "512 B", "12.3 KB", "318.4 MB". */
    public static String humanSize(long bytes) {
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
