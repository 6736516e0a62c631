package dev.connectorconsole.sandbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The sandbox's backup zip: {@code backup.properties} (product, version, how the secrets are encrypted — nothing
 * secret), {@code scc_config/state.json} (the configuration without password hashes) and {@code scc_config/secure.bin}
 * (users with their password hashes and the UI key store, encrypted by {@link BackupCrypto}).
 */
final class BackupArchive {
    static final String PROPERTIES = "backup.properties";
    static final String STATE = "scc_config/" + StateStore.FILE_NAME;
    static final String SECURE = "scc_config/secure.bin";
    static final String PRODUCT = "SAP Cloud Connector (sandbox)";
    private static final long MAX_UNPACKED_BYTES = 16L << 20;

    /** What a backup holds; {@code state} is the plain part, {@code sealed} the encrypted one. */
    record Contents(String version, byte[] state, BackupCrypto.Sealed sealed) {
        /** The bytes the encryption is bound to: changing the plain part or the version breaks the seal. */
        byte[] boundData() {
            return boundData(version, state);
        }

        static byte[] boundData(String version, byte[] state) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes((PRODUCT + "\n" + version + "\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(state);
            return bytes.toByteArray();
        }
    }

    /** The upload is no backup of this product (not a zip, or parts missing). */
    static final class NotABackupException extends Exception {
        NotABackupException(String message) {
            super(message);
        }
    }

    private BackupArchive() {}

    static byte[] write(Contents contents) {
        Properties properties = new Properties();
        properties.setProperty("product", PRODUCT);
        properties.setProperty("version", contents.version());
        properties.setProperty("format", "2");
        properties.setProperty("secure.cipher", "AES/GCM/NoPadding");
        properties.setProperty("secure.kdf", "PBKDF2WithHmacSHA256");
        properties.setProperty("secure.iterations", Integer.toString(contents.sealed().iterations()));
        properties.setProperty("secure.salt", Base64.getEncoder().encodeToString(contents.sealed().salt()));
        properties.setProperty("secure.nonce", Base64.getEncoder().encodeToString(contents.sealed().nonce()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            StringBuilder text = new StringBuilder();
            properties.stringPropertyNames().stream().sorted()
                    .forEach(key -> text.append(key).append('=').append(properties.getProperty(key)).append('\n'));
            entry(zip, PROPERTIES, text.toString().getBytes(StandardCharsets.UTF_8));
            entry(zip, STATE, contents.state());
            entry(zip, SECURE, contents.sealed().ciphertext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Contents read(byte[] zipBytes) throws NotABackupException {
        Map<String, byte[]> entries = unzip(zipBytes);
        if (!entries.containsKey(PROPERTIES) || !entries.containsKey(STATE) || !entries.containsKey(SECURE)) {
            throw new NotABackupException("The file is not a backup of this connector: its parts are missing");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(new String(entries.get(PROPERTIES), StandardCharsets.UTF_8)));
            if (!PRODUCT.equals(properties.getProperty("product")) || !"2".equals(properties.getProperty("format"))) {
                throw new NotABackupException("The file is not a backup of this connector (product or format differ)");
            }
            BackupCrypto.Sealed sealed = new BackupCrypto.Sealed(
                    Base64.getDecoder().decode(properties.getProperty("secure.salt", "")),
                    Integer.parseInt(properties.getProperty("secure.iterations", "0")),
                    Base64.getDecoder().decode(properties.getProperty("secure.nonce", "")), entries.get(SECURE));
            String version = properties.getProperty("version", "");
            if (!version.matches("\\d{1,4}(\\.\\d{1,4}){1,3}")) {
                throw new NotABackupException("The backup names no connector version");
            }
            return new Contents(version, entries.get(STATE), sealed);
        } catch (IOException | IllegalArgumentException e) {
            throw new NotABackupException("The backup's description cannot be read");
        }
    }

    /** Negative, zero or positive as {@code a} is older than, the same as or newer than {@code b} (2.19 = 2.19.0). */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int l = i < left.length ? Integer.parseInt(left[i]) : 0;
            int r = i < right.length ? Integer.parseInt(right[i]) : 0;
            if (l != r) {
                return Integer.compare(l, r);
            }
        }
        return 0;
    }

    private static Map<String, byte[]> unzip(byte[] zipBytes) throws NotABackupException {
        Map<String, byte[]> entries = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - total + 1));
                total += content.length;
                if (total > MAX_UNPACKED_BYTES) {
                    throw new NotABackupException("The file unpacks to more than a backup can hold");
                }
                entries.put(entry.getName(), content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new NotABackupException("The file is not a backup: it is not a readable zip");
        }
        if (entries.isEmpty()) {
            throw new NotABackupException("The file is not a backup: it is not a zip");
        }
        return entries;
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
