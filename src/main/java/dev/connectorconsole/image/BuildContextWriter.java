package dev.connectorconsole.image;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prepares the folder the engine builds a Cloud Connector image from: the chosen downloads (hard-linked when the file
 * system allows, copied otherwise), the generated Dockerfile and the image's start script ({@link EntrypointScript}). Also checks a Dockerfile and folder the user chose.
 * Copying can take seconds for a context on another file system: call it off the UI thread.
 */
public final class BuildContextWriter {
    /** Marks a folder as prepared by this class, so preparing it again may clear it. */
    static final String MARKER = ".connector-console-context";
    private static final Pattern FROM_LINE = Pattern.compile("(?i)^\\s*FROM\\s+\\S+.*");

    private BuildContextWriter() {}

    /**
     * Writes a context for a ready scan into {@code directory}, which must be absent, empty, or a context this class
     * wrote before (then its content is replaced).
     */
    public static BuildContext write(InstallerScan scan, BaseImage base, Path directory) throws IOException {
        String dockerfileText;
        try {
            dockerfileText = DockerfileGenerator.generate(scan, base);
        } catch (IllegalArgumentException notReady) {
            throw new BuildContextException(notReady.getMessage());
        }
        prepareEmptyFolder(directory);
        Files.writeString(directory.resolve(MARKER), "Prepared by Connector Console; safe to delete.\n");
        for (Path download : List.of(scan.jvm().orElseThrow().file(), scan.scc().orElseThrow().file())) {
            linkOrCopy(download, directory.resolve(download.getFileName()));
        }
        Files.writeString(directory.resolve(EntrypointScript.FILE_NAME), EntrypointScript.text(), StandardCharsets.UTF_8);
        Path dockerfile = directory.resolve("Dockerfile");
        Files.writeString(dockerfile, dockerfileText, StandardCharsets.UTF_8);
        return measure(directory, dockerfile).withPlatform(DockerfileGenerator.PLATFORM);
    }

    /** Checks a Dockerfile and context folder the user chose, and measures the context. */
    public static BuildContext existing(Path dockerfile, Path directory) throws IOException {
        if (!Files.exists(directory)) {
            throw new BuildContextException("Build context folder " + directory + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new BuildContextException(directory + " is a file; the build context must be a folder");
        }
        if (!Files.exists(dockerfile)) {
            throw new BuildContextException("Dockerfile " + dockerfile + " does not exist");
        }
        if (!Files.isRegularFile(dockerfile)) {
            throw new BuildContextException(dockerfile + " is a folder, not a Dockerfile");
        }
        Path realDirectory = directory.toRealPath();
        if (!dockerfile.toRealPath().startsWith(realDirectory)) {
            throw new BuildContextException("The Dockerfile " + dockerfile + " must be inside the build context folder "
                    + directory);
        }
        if (!hasFromInstruction(dockerfile)) {
            throw new BuildContextException(dockerfile + " has no FROM instruction: it is not a Dockerfile");
        }
        return measure(directory, dockerfile);
    }

    private static boolean hasFromInstruction(Path dockerfile) throws BuildContextException {
        try (Stream<String> lines = Files.lines(dockerfile, StandardCharsets.UTF_8)) {
            return lines.anyMatch(line -> FROM_LINE.matcher(line).matches());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new BuildContextException(dockerfile + " cannot be read as text: " + e.getMessage(), e);
        }
    }

    private static void prepareEmptyFolder(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            Files.createDirectories(directory);
            return;
        }
        if (!Files.isDirectory(directory)) {
            throw new BuildContextException(directory + " is a file; choose a folder for the build context");
        }
        boolean empty;
        try (Stream<Path> children = Files.list(directory)) {
            empty = children.findAny().isEmpty();
        }
        if (empty) {
            return;
        }
        if (!Files.isRegularFile(directory.resolve(MARKER))) {
            throw new BuildContextException("Folder " + directory + " already holds files Connector Console did not"
                    + " put there: choose an empty folder for the build context");
        }
        deleteContents(directory);
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | FileSystemException differentFileSystem) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static BuildContext measure(Path directory, Path dockerfile) throws IOException {
        long[] totals = new long[2];
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    totals[0] += attributes.size();
                    totals[1]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                throw new BuildContextException(file + " in the build context cannot be read: " + e.getMessage(), e);
            }
        });
        return new BuildContext(directory, dockerfile, totals[0], (int) totals[1]);
    }

    private static void deleteContents(Path directory) throws IOException {
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                if (!dir.equals(directory)) {
                    Files.delete(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
