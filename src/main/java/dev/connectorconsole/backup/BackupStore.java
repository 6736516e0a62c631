package dev.connectorconsole.backup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.settings.ConfigDirs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Configuration backups kept in the app's data folder: {@code <root>/<connector>/<time>_<version>.zip}, each with a
 * {@code .json} beside it holding connector, version, time, size and SHA-256 (nothing secret). The zips come from the
 * connector itself ({@link SccClient#backup}), their secrets encrypted with the backup password, which this store
 * never keeps. An entry that cannot be read (description unreadable, zip missing, size or checksum wrong) is moved into
 * {@code <root>/<connector>/set-aside/} and reported, never crashed on. Blocking file and network I/O.
 */
public final class BackupStore {
    static final String SET_ASIDE = "set-aside";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private final Path root;
    private final ObjectMapper mapper = new ObjectMapper();

    public BackupStore(Path root) {
        this.root = root;
    }

    /** The store in the app's own data folder ({@link ConfigDirs}), folder {@code backups}. */
    public static BackupStore inAppFolder() {
        return new BackupStore(ConfigDirs.forCurrentOs().resolve("backups"));
    }

    public Path root() {
        return root;
    }

    /** Downloads a backup of the connector {@code client} talks to, encrypted with {@code password}, into the store. */
    public BackupEntry take(SccClient client, String connector, Secret password) throws IOException {
        String version = client.version();
        Instant created = Instant.now();
        Path folder = Files.createDirectories(folder(connector));
        String base = STAMP.format(created) + "_" + version.replaceAll("[^0-9.]", "");
        Path zip = folder.resolve(base + ".zip");
        long size = client.backup(password, zip);
        ObjectNode about = mapper.createObjectNode().put("connector", connector).put("version", version)
                .put("created", created.toString()).put("size", size).put("sha256", sha256(zip));
        Path json = folder.resolve(base + ".json");
        Path partial = folder.resolve(base + ".json.part");
        Files.write(partial, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(about));
        Files.move(partial, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new BackupEntry(connector, version, created, size, zip);
    }

    /** The connector's backups, newest first; unreadable entries are set aside and named in the listing. */
    public BackupListing list(String connector) throws IOException {
        Path folder = folder(connector);
        List<BackupEntry> entries = new ArrayList<>();
        List<String> setAside = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return new BackupListing(entries, setAside);
        }
        List<Path> files;
        try (Stream<Path> children = Files.list(folder)) {
            files = children.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!Files.exists(file)) {
                continue; // set aside with its description a moment ago
            }
            if (name.endsWith(".json")) {
                try {
                    entries.add(read(connector, file));
                } catch (IOException | RuntimeException e) {
                    setAside.add(setAside(file, name.substring(0, name.length() - 5) + ".zip", e.getMessage()));
                }
            } else if (name.endsWith(".zip") && !Files.exists(sibling(file, ".json"))) {
                setAside.add(setAside(file, null, "it has no description"));
            }
        }
        entries.sort(Comparator.comparing(BackupEntry::created).reversed());
        return new BackupListing(entries, setAside);
    }

    /** Copies the backup's zip to {@code target} (replaced if it exists). */
    public void export(BackupEntry entry, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(entry.file(), partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    public void delete(BackupEntry entry) throws IOException {
        Files.deleteIfExists(sibling(entry.file(), ".json"));
        Files.deleteIfExists(entry.file());
    }

    /** Deletes all but the {@code keep} newest backups of the connector; returns the deleted ones. */
    public List<BackupEntry> keepNewest(String connector, int keep) throws IOException {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup: " + keep);
        }
        List<BackupEntry> entries = list(connector).entries();
        List<BackupEntry> deleted = entries.subList(Math.min(keep, entries.size()), entries.size());
        for (BackupEntry entry : deleted) {
            delete(entry);
        }
        return List.copyOf(deleted);
    }

    private BackupEntry read(String connector, Path json) throws IOException {
        JsonNode about = mapper.readTree(json.toFile());
        Path zip = sibling(json, ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IOException("its zip is missing");
        }
        long size = about.path("size").asLong(-1);
        if (Files.size(zip) != size || !sha256(zip).equals(about.path("sha256").asText())) {
            throw new IOException("its zip is not the one described (size or checksum differ)");
        }
        String version = about.path("version").asText("");
        if (version.isEmpty()) {
            throw new IOException("it names no version");
        }
        return new BackupEntry(connector, version, Instant.parse(about.path("created").asText()), size, zip);
    }

    private String setAside(Path file, String companion, String reason) throws IOException {
        Path aside = Files.createDirectories(file.resolveSibling(SET_ASIDE));
        Files.move(file, aside.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        if (companion != null && Files.exists(file.resolveSibling(companion))) {
            Files.move(file.resolveSibling(companion), aside.resolve(companion), StandardCopyOption.REPLACE_EXISTING);
        }
        return "The backup " + file.getFileName() + " cannot be read (" + reason + "); it was moved to " + aside + ".";
    }

    private Path folder(String connector) {
        String safe = connector == null ? "" : connector.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            throw new IllegalArgumentException("Not a usable connector name: '" + connector + "'");
        }
        return root.resolve(safe);
    }

    private static Path sibling(Path file, String extension) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
