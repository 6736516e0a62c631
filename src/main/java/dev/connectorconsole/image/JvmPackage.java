package dev.connectorconsole.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A usable Java download.
 *
 * @param topDirectory for {@link JvmKind#SAPJVM_ZIP} the directory the zip unpacks to (e.g. {@code sapjvm_8}),
 *                     otherwise null
 */
public record JvmPackage(Path file, JvmKind kind, Version version, String topDirectory) {
    public JvmPackage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        if ((kind == JvmKind.SAPJVM_ZIP) != (topDirectory != null)) {
            throw new IllegalArgumentException("topDirectory is required for the SAP JVM zip and only for it");
        }
    }

    public int javaMajor() {
        return version.major();
    }

    /** "SAP JVM 8.1.102" or "SapMachine 21.0.12". */
    public String displayName() {
        return kind.vendor().displayName() + " " + version;
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
