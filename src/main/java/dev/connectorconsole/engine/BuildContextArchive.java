package dev.connectorconsole.engine;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a build context folder as the tar the engine expects, so its exact size is known before the upload.
 * A Dockerfile outside the folder is added at the root as {@value #OUTSIDE_DOCKERFILE}.
 * (.dockerignore is not applied: our contexts are prepared folders.)
 */
final class BuildContextArchive {
    static final String OUTSIDE_DOCKERFILE = ".connectorconsole.Dockerfile";

    /** The tar file, its size, and the Dockerfile's path inside it. */
    record Archive(Path file, long size, String dockerfilePath) {}

    private BuildContextArchive() {}

    static Archive write(Path contextDir, Path dockerfile, Path tarFile) throws IOException {
        Path context = contextDir.toAbsolutePath().normalize();
        Path chosen = dockerfile == null ? context.resolve("Dockerfile") : dockerfile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(chosen)) {
            throw new EngineException(EngineException.Kind.BUILD_FAILED, "There is no Dockerfile at " + chosen + ".");
        }
        boolean inside = chosen.startsWith(context);
        String dockerfilePath = inside ? unixPath(context.relativize(chosen)) : OUTSIDE_DOCKERFILE;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tarFile));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(context)) {
                entries = walk.filter(p -> !p.equals(context)).sorted().toList();
            }
            for (Path path : entries) {
                add(tar, path, unixPath(context.relativize(path)));
            }
            if (!inside) {
                add(tar, chosen, OUTSIDE_DOCKERFILE);
            }
        }
        return new Archive(tarFile, Files.size(tarFile), dockerfilePath);
    }

    private static void add(TarArchiveOutputStream tar, Path path, String name) throws IOException {
        if (Files.isSymbolicLink(path)) {
            TarArchiveEntry link = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            link.setLinkName(Files.readSymbolicLink(path).toString());
            tar.putArchiveEntry(link);
            tar.closeArchiveEntry();
            return;
        }
        TarArchiveEntry entry = new TarArchiveEntry(path, name, LinkOption.NOFOLLOW_LINKS);
        if (Files.isRegularFile(path)) {
            entry.setMode(Files.isExecutable(path) ? 0100755 : 0100644);
        }
        tar.putArchiveEntry(entry);
        if (Files.isRegularFile(path)) {
            Files.copy(path, tar);
        }
        tar.closeArchiveEntry();
    }

    private static String unixPath(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
