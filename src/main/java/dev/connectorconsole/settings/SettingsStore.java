package dev.connectorconsole.settings;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes {@code settings.json} in one folder. A file that cannot be read is set aside, never overwritten
 * silently; saving writes a temporary file in the same folder, forces it to disk and renames it over the old one, so a
 * crash leaves either the old or the new settings. File I/O: call it off the UI thread.
 */
public final class SettingsStore {
    static final String FILE_NAME = "settings.json";
    static final int FORMAT_VERSION = 1;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    SettingsStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public synchronized LoadResult load() {
        Path file = file();
        if (!Files.exists(file)) {
            return new LoadResult(AppSettings.defaults(), Optional.empty());
        }
        AppSettings parsed;
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                return setAside(file, "it holds no settings object");
            }
            parsed = mapper.treeToValue(tree, AppSettings.class);
        } catch (JsonProcessingException e) {
            return setAside(file, describe(e));
        } catch (IOException e) {
            return setAside(file, "it cannot be read (" + e.getMessage() + ")");
        }
        List<String> repaired = new ArrayList<>();
        AppSettings settings = parsed.repaired(repaired);
        Optional<String> warning = repaired.isEmpty() ? Optional.empty()
                : Optional.of("Some saved settings were invalid and were reset: " + String.join("; ", repaired) + ".");
        return new LoadResult(settings, warning);
    }

    /** @throws IllegalArgumentException when the settings have problems (the message lists them) */
    public synchronized void save(AppSettings settings) throws IOException {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Settings not saved: " + String.join("; ", problems));
        }
        ObjectNode tree = mapper.createObjectNode();
        tree.put("formatVersion", FORMAT_VERSION);
        tree.setAll((ObjectNode) mapper.valueToTree(settings));
        byte[] json = mapper.writeValueAsBytes(tree);

        Files.createDirectories(directory);
        Path temporary = directory.resolve(FILE_NAME + ".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                restrictToOwner(temporary);
                ByteBuffer buffer = ByteBuffer.wrap(json);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(), StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private LoadResult setAside(Path file, String reason) {
        Path aside = directory.resolve(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()));
        for (int attempt = 2; Files.exists(aside); attempt++) {
            aside = directory.resolve(FILE_NAME + ".corrupt-" + STAMP.format(clock.instant()) + "-" + attempt);
        }
        String warning;
        try {
            Files.move(file, aside);
            warning = "Your settings could not be loaded because " + reason + ". The file was kept as " + aside
                    + " and default settings are used.";
        } catch (NoSuchFileException gone) {
            warning = "Your settings file disappeared while it was read; default settings are used.";
        } catch (IOException e) {
            warning = "Your settings could not be loaded because " + reason + ", and the file could not be moved aside ("
                    + e.getMessage() + "). Default settings are used; saving will replace " + file + ".";
        }
        return new LoadResult(AppSettings.defaults(), Optional.of(warning));
    }

    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int lineBreak = message.indexOf('\n');
        message = lineBreak < 0 ? message : message.substring(0, lineBreak);
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "it is not valid settings JSON" + where + " (" + message + ")";
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** Makes the rename durable on file systems that need the directory entry flushed (Linux); elsewhere a no-op. */
    private void forceDirectory() {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a directory as a channel; its rename is already durable enough.
        }
    }
}
