package dev.connectorconsole.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Archives written by GNU tar in each header format it offers, as SAP's and SapMachine's tarballs may use. */
class TarEntryNamesTest {
    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"gnu", "pax", "ustar"})
    void findsLongNamesInEveryTarFormat(String format) throws Exception {
        String longDirectory = "sapmachine-jdk-21.0.12/" + "x".repeat(60) + "/" + "y".repeat(60);
        Files.createDirectories(work.resolve("tree").resolve(longDirectory));
        Files.writeString(work.resolve("tree").resolve(longDirectory).resolve("javac"), "binary");
        Files.writeString(work.resolve("tree").resolve("go.sh"), "#!/bin/sh");
        Path archive = work.resolve("archive.tar.gz");
        run("tar", "--format=" + format, "-czf", archive.toString(), "-C", work.resolve("tree").toString(), ".");

        assertThat(TarEntryNames.find(archive, name -> name.endsWith("/javac"))).contains(longDirectory + "/javac");
        assertThat(TarEntryNames.find(archive, "go.sh"::equals)).contains("go.sh");
        assertThat(TarEntryNames.find(archive, "missing"::equals)).isEmpty();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
    }
}
