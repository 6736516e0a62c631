package dev.connectorconsole.image;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A usable Cloud Connector download.
 *
 * @param rpmEntry for {@link SccPackageKind#ZIP_RPM} the path of the RPM inside the zip, otherwise null
 */
public record SccPackage(Path file, SccPackageKind kind, Version version, String rpmEntry) {
    public SccPackage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        if ((kind == SccPackageKind.ZIP_RPM) != (rpmEntry != null)) {
            throw new IllegalArgumentException("rpmEntry is required for the installer zip and only for it");
        }
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
