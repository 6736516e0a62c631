package dev.connectorconsole.image;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * Reads the entry names of a gzip-compressed tar archive (ustar, GNU long names, PAX paths) without unpacking it.
 * Only names are needed to recognise SAP's archives, so entry data is skipped.
 */
final class TarEntryNames {
    private static final int BLOCK = 512;

    private TarEntryNames() {}

    /** The first entry name (leading "./" removed) that matches, reading no further than needed. */
    static Optional<String> find(Path tgz, Predicate<String> match) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 65536), 65536)) {
            byte[] header = new byte[BLOCK];
            String pendingLongName = null;
            while (true) {
                if (!readBlock(in, header)) {
                    return Optional.empty();
                }
                if (isZeroBlock(header)) {
                    return Optional.empty();
                }
                long size = parseSize(header);
                char type = (char) header[156];
                if (type == 'L' || type == 'x') {
                    byte[] data = in.readNBytes((int) Math.min(size, 1 << 20));
                    skipFully(in, padded(size) - data.length);
                    pendingLongName = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                    continue;
                }
                String name = pendingLongName != null ? pendingLongName : ustarName(header);
                pendingLongName = null;
                String normalized = name.startsWith("./") ? name.substring(2) : name;
                if (!normalized.isEmpty() && match.test(normalized)) {
                    return Optional.of(normalized);
                }
                skipFully(in, padded(size));
            }
        }
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int read = in.readNBytes(block, 0, BLOCK);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK) {
            throw new EOFException("tar archive ends in the middle of a header");
        }
        return true;
    }

    private static boolean isZeroBlock(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        boolean ustar = "ustar".equals(cString(header, 257, 5));
        String prefix = ustar ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static long parseSize(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            long value = 0;
            for (int i = 125; i < 136; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            return value;
        }
        String octal = cString(header, 124, 12).trim();
        if (octal.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(octal, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (bad entry size)");
        }
    }

    private static String paxPath(byte[] data) {
        // Records look like "<length> key=value\n".
        for (String record : new String(data, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && end < bytes.length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long padded(long size) {
        return (size + BLOCK - 1) / BLOCK * BLOCK;
    }

    private static void skipFully(InputStream in, long count) throws IOException {
        if (count > 0) {
            in.skipNBytes(count);
        }
    }
}
