package dev.connectorconsole.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The host's shared libraries a Java runtime links against, as {@code ldd} names them. */
final class SharedLibraries {
    /** The dynamic loader itself; named by absolute path in every x86_64 ELF executable. */
    static final Path LOADER = Path.of("/lib64/ld-linux-x86-64.so.2");
    private static final Pattern RESOLVED = Pattern.compile("\\s*\\S+\\s+=>\\s+(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*");
    private static final Pattern DIRECT = Pattern.compile("\\s*(/\\S+)\\s+\\(0x[0-9a-f]+\\)\\s*");

    private SharedLibraries() {}

    /** Libraries outside {@code runtime} needed by {@code bin/java} and every {@code .so} under {@code lib}. */
    static Set<Path> requiredBy(Path runtime) throws IOException, InterruptedException {
        Set<Path> libraries = new TreeSet<>();
        libraries.add(LOADER);
        List<Path> binaries;
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            binaries = Stream.concat(Stream.of(runtime.resolve("bin").resolve("java")),
                    files.filter(p -> p.getFileName().toString().endsWith(".so")).sorted()).toList();
        }
        Path realRuntime = runtime.toRealPath();
        List<String> command = new java.util.ArrayList<>();
        command.add("ldd");
        binaries.forEach(binary -> command.add(binary.toString()));
        ProcessRunner.Result result = ProcessRunner.run(command, 120);
        if (result.exitCode() != 0) {
            throw new IOException("ldd could not read the runtime's libraries: " + result.output().strip());
        }
        for (Path library : parse(result.output())) {
            if (!library.startsWith(runtime) && !library.startsWith(realRuntime)) {
                libraries.add(library);
            }
        }
        return libraries;
    }

    /**
     * Absolute library paths in {@code ldd} output (one or several files); "not found", virtual entries (vdso) and
     * the per-file header lines are skipped.
     */
    static List<Path> parse(String lddOutput) {
        return lddOutput.lines().map(line -> {
            Matcher resolved = RESOLVED.matcher(line);
            if (resolved.matches()) {
                return resolved.group(1);
            }
            Matcher direct = DIRECT.matcher(line);
            return direct.matches() ? direct.group(1) : null;
        }).filter(p -> p != null).map(Path::of).toList();
    }
}
