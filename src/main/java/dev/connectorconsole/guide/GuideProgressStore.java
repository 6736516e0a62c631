package dev.connectorconsole.guide;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps {@link GuideProgress} in {@code guide.json} next to the app's settings. Blocking file I/O: call it off the FX
 * thread. An unreadable file counts as no progress (the guide then simply shows the steps as pending).
 */
public final class GuideProgressStore {
    public static final String FILE_NAME = "guide.json";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public GuideProgressStore(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public GuideProgress load() {
        if (!Files.isRegularFile(file)) {
            return GuideProgress.none();
        }
        try {
            return mapper.readValue(file.toFile(), GuideProgress.class);
        } catch (IOException unreadable) {
            return GuideProgress.none();
        }
    }

    public void save(GuideProgress progress) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.write(temporary, mapper.writeValueAsBytes(progress));
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The guide's progress could not be written to " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
