package dev.connectorconsole.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipFile;

/** Cheap looks into downloaded files: magic numbers and zip directories, never a full unpack. */
final class ArchiveChecks {
    private static final byte[] GZIP_MAGIC = {(byte) 0x1f, (byte) 0x8b};
    private static final byte[] RPM_MAGIC = {(byte) 0xed, (byte) 0xab, (byte) 0xee, (byte) 0xdb};

    private ArchiveChecks() {}

    static boolean isGzip(Path file) throws IOException {
        return startsWith(file, GZIP_MAGIC);
    }

    static boolean isRpm(Path file) throws IOException {
        return startsWith(file, RPM_MAGIC);
    }

    /** Entry names from the zip's central directory; throws when the file is not a complete zip. */
    static List<String> zipEntryNames(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> names = new ArrayList<>();
            for (var entry : Collections.list(file.entries())) {
                names.add(entry.getName());
            }
            return names;
        }
    }

    private static boolean startsWith(Path file, byte[] magic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(magic.length);
            if (head.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (head[i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
