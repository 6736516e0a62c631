package dev.connectorconsole.image;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a downloads folder holds for a Cloud Connector image.
 *
 * @param problems sentences saying what is missing or unsupported; the image can be built only when this is empty
 * @param notes    sentences worth showing that do not block the build (e.g. which of several versions is used)
 */
public record InstallerScan(Path folder, Optional<SccPackage> scc, Optional<JvmPackage> jvm,
                            List<String> problems, List<String> notes) {
    public InstallerScan {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(scc, "scc");
        Objects.requireNonNull(jvm, "jvm");
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** True when a Dockerfile can be generated from this scan. */
    public boolean ready() {
        return problems.isEmpty() && pairing().isPresent();
    }

    public Optional<Pairing> pairing() {
        if (scc.isEmpty() || jvm.isEmpty()) {
            return Optional.empty();
        }
        return Pairing.of(scc.get().kind(), jvm.get().kind());
    }
}
