package dev.connectorconsole.image;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Stand-ins for SAP's downloads that an image build can really install: the names and inner layout of
 * {@link SapDownloads}, executable {@code go.sh} and {@code bin/java} scripts, and a payload of random (incompressible)
 * bytes of a chosen size, so an archive weighs what the real one does. The seed makes each set different, so the
 * engine's build cache cannot reuse the layers of another set.
 */
public final class RunnableSapDownloads {
    /** Where the connector's payload lands in the image. */
    public static final String CONNECTOR_PAYLOAD = "plugins/com.sap.scc.core.jar";
    /** Where the JVM's payload lands, under the JVM folder. */
    public static final String JVM_PAYLOAD = "lib/modules";
    public static final String GO_SH = "#!/bin/sh\n# stand-in for SAP's go.sh\nexec java -version\n";

    private RunnableSapDownloads() {}

    public static Path portableTgz(Path folder, String version, long payloadBytes, long seed) throws IOException {
        Path file = folder.resolve("sapcc-" + version + "-linux-x64.tar.gz");
        try (TarArchiveOutputStream tar = tarGz(file)) {
            directory(tar, "./");
            text(tar, "./go.sh", GO_SH, 0755);
            text(tar, "./daemon.sh", "#!/bin/sh\nexit 0\n", 0755);
            text(tar, "./props.ini", "-Xmx1024m\n", 0644);
            directory(tar, "./plugins/");
            random(tar, "./" + CONNECTOR_PAYLOAD, payloadBytes, seed);
        }
        return file;
    }

    /** A portable package with go.sh and these text files (path below the install folder → content). */
    public static Path portableTgz(Path folder, String version, java.util.Map<String, String> files) throws IOException {
        Path file = folder.resolve("sapcc-" + version + "-linux-x64.tar.gz");
        try (TarArchiveOutputStream tar = tarGz(file)) {
            directory(tar, "./");
            text(tar, "./go.sh", GO_SH, 0755);
            java.util.Set<String> folders = new java.util.TreeSet<>();
            for (String path : files.keySet()) {
                for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                    folders.add(path.substring(0, slash + 1));
                }
            }
            for (String each : folders) {
                directory(tar, "./" + each);
            }
            for (var entry : files.entrySet()) {
                text(tar, "./" + entry.getKey(), entry.getValue(), 0644);
            }
        }
        return file;
    }

    public static Path sapMachineJdk(Path folder, String version, long payloadBytes, long seed) throws IOException {
        String top = "sapmachine-jdk-" + version + "/";
        Path file = folder.resolve("sapmachine-jdk-" + version + "_linux-x64_bin.tar.gz");
        try (TarArchiveOutputStream tar = tarGz(file)) {
            directory(tar, top);
            directory(tar, top + "bin/");
            text(tar, top + "bin/java", javaScript("openjdk version \"" + version + "\""), 0755);
            text(tar, top + "bin/javac", "#!/bin/sh\nexit 0\n", 0755);
            text(tar, top + "release", "JAVA_VERSION=\"" + version + "\"\n", 0644);
            directory(tar, top + "lib/");
            random(tar, top + JVM_PAYLOAD, payloadBytes, seed + 1);
        }
        return file;
    }

    public static Path sapJvmZip(Path folder, String version, long payloadBytes, long seed) throws IOException {
        Path file = folder.resolve("sapjvm-" + version + "-linux-x64.zip");
        Files.createDirectories(folder);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_SPEED);
            zipEntry(zip, "sapjvm_8/bin/java", javaScript("java version \"1.8.0_" + version + "\"")
                    .getBytes(StandardCharsets.UTF_8), 0755);
            zipEntry(zip, "sapjvm_8/bin/javac", "#!/bin/sh\nexit 0\n".getBytes(StandardCharsets.UTF_8), 0755);
            ZipArchiveEntry payload = new ZipArchiveEntry("sapjvm_8/" + JVM_PAYLOAD);
            payload.setUnixMode(0100644);
            zip.putArchiveEntry(payload);
            writeRandom(zip, payloadBytes, seed + 1);
            zip.closeArchiveEntry();
        }
        return file;
    }

    private static String javaScript(String versionLine) {
        return "#!/bin/sh\necho '" + versionLine + "' >&2\n";
    }

    private static TarArchiveOutputStream tarGz(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
        TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    private static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(040755);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    private static void text(TarArchiveOutputStream tar, String name, String content, int mode) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100000 | mode);
        entry.setSize(bytes.length);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static void random(TarArchiveOutputStream tar, String name, long size, long seed) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setMode(0100644);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        writeRandom(tar, size, seed);
        tar.closeArchiveEntry();
    }

    private static void zipEntry(ZipArchiveOutputStream zip, String name, byte[] content, int mode) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(0100000 | mode);
        zip.putArchiveEntry(entry);
        zip.write(content);
        zip.closeArchiveEntry();
    }

    private static void writeRandom(OutputStream out, long size, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        byte[] chunk = new byte[1 << 20];
        for (long left = size; left > 0; left -= chunk.length) {
            random.nextBytes(chunk);
            out.write(chunk, 0, (int) Math.min(chunk.length, left));
        }
    }
}
