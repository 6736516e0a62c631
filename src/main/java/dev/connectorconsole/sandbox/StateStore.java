package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The sandbox's persistent state: one JSON file, rewritten atomically (temporary file + rename) after every change to
 * what it holds; a write that leaves the persisted fields as they were leaves the file alone. All access goes through
 * {@link #read} and {@link #write}, which run under one lock.
 */
final class StateStore {
    static final String FILE_NAME = "state.json";
    static final String INITIAL_USER = "Administrator";
    static final String INITIAL_PASSWORD = "manage";

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Object lock = new Object();
    private final StateData state;
    private byte[] saved;

    private StateStore(Path file, StateData state) {
        this.file = file;
        this.state = state;
    }

    static StateStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        StateStore store;
        if (Files.exists(file)) {
            store = new StateStore(file, load(file));
        } else {
            StateData fresh = new StateData();
            fresh.users.add(PasswordHash.newUser(INITIAL_USER, INITIAL_PASSWORD.toCharArray(), true));
            store = new StateStore(file, fresh);
            store.save();
        }
        return store;
    }

    private static StateData load(Path file) {
        try {
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), StateData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox state " + file + ": " + e.getMessage(), e);
        }
    }

    <T> T read(Function<StateData, T> reader) {
        synchronized (lock) {
            return reader.apply(state);
        }
    }

    /** Runs the change and saves the state afterwards, also when the change throws after modifying something. */
    <T> T write(Function<StateData, T> change) {
        synchronized (lock) {
            try {
                return change.apply(state);
            } finally {
                save();
            }
        }
    }

    /**
     * Replaces the whole state by {@code restored} (after {@code adjust} ran on it) and saves it, as if the sandbox
     * had been restarted on a restored data folder.
     */
    void replaceWith(StateData restored, java.util.function.Consumer<StateData> adjust) {
        synchronized (lock) {
            adjust.accept(restored);
            state.copyFrom(restored);
            saved = null; // the restore writes a new folder: the file is written even when its content is the same
            save();
        }
    }

    private void save() {
        try {
            byte[] json = mapper.writeValueAsBytes(state);
            if (Arrays.equals(json, saved)) {
                return;
            }
            PrivateFiles.writeAtomically(file, json);
            saved = json;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the sandbox state to " + file + ": " + e.getMessage(), e);
        }
    }
}
