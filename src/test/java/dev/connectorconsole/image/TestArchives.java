package dev.connectorconsole.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small but real zip, tar.gz and RPM-looking files shaped like SAP's downloads. */
final class TestArchives {
    private TestArchives() {}

    static Map<String, byte[]> entries(String... names) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : names) {
            entries.put(name, name.endsWith("/") ? new byte[0] : ("content of " + name).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    static Path tarGz(Path file, Map<String, byte[]> entries) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                boolean directory = entry.getKey().endsWith("/");
                out.write(ustarHeader(entry.getKey(), entry.getValue().length, directory));
                out.write(entry.getValue());
                int padding = (512 - entry.getValue().length % 512) % 512;
                out.write(new byte[padding]);
            }
            out.write(new byte[1024]);
        }
        return file;
    }

    /** An RPM lead (magic number) followed by zeros: enough for a magic-number check. */
    static Path rpm(Path file) throws IOException {
        byte[] content = new byte[96];
        content[0] = (byte) 0xed;
        content[1] = (byte) 0xab;
        content[2] = (byte) 0xee;
        content[3] = (byte) 0xdb;
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    static Path text(Path file, String content) throws IOException {
        return Files.writeString(file, content);
    }

    private static byte[] ustarHeader(String name, long size, boolean directory) {
        byte[] header = new byte[512];
        put(header, 0, name);
        put(header, 100, directory ? "0000755" : "0000644");
        put(header, 108, "0000000");
        put(header, 116, "0000000");
        put(header, 124, String.format("%011o", size));
        put(header, 136, String.format("%011o", 1_700_000_000L));
        Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = (byte) (directory ? '5' : '0');
        put(header, 257, "ustar");
        put(header, 263, "00");
        put(header, 265, "root");
        put(header, 297, "root");
        int checksum = 0;
        for (byte b : header) {
            checksum += b & 0xff;
        }
        put(header, 148, String.format("%06o", checksum));
        header[154] = 0;
        header[155] = (byte) ' ';
        return header;
    }

    private static void put(byte[] header, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }

    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
