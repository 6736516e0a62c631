package dev.connectorconsole.sandbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.connectorconsole.common.NamedThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The sandbox's persistent state: one JSON file, rewritten atomically (temporary file + rename). A change marks the
 * state dirty; one writer thread saves it at most every {@link #SAVE_DELAY_MS} ms, so a burst of changes costs one
 * write, not one per change. {@link #flush} saves at once (before a backup, after a restore) and {@link #close} saves
 * what is left (the server's close, which SIGTERM reaches through the shutdown hook). A save that leaves the persisted
 * fields as they were leaves the file alone. All access to the state goes through {@link #read} and {@link #write},
 * which run under one lock. The HA pair's key ({@code ha.pairKey}) is kept apart, in {@link HaPairKeyFile}, never in
 * the JSON file.
 */
final class StateStore implements AutoCloseable {
    static final String FILE_NAME = "state.json";
    static final String INITIAL_USER = "Administrator";
    static final String INITIAL_PASSWORD = "manage";
    /** How long a change may wait for its save: what a crash (not a stop) can lose. */
    static final long SAVE_DELAY_MS = 200;

    private final Path file;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Object lock = new Object();
    private final Object saving = new Object();
    private final StateData state;
    private final ScheduledThreadPoolExecutor writer = newWriter();
    private final HaPairKeyFile pairKeyFile;
    private boolean dirty;
    private boolean saveScheduled;
    private boolean closed;
    private byte[] saved;
    private String savedPairKey;

    private StateStore(Path file, StateData state) {
        this.file = file;
        this.state = state;
        this.pairKeyFile = new HaPairKeyFile(file.getParent());
        this.savedPairKey = pairKeyFile.load();
        state.ha.pairKey = savedPairKey;
    }

    private static ScheduledThreadPoolExecutor newWriter() {
        ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1,
                NamedThreads.factory("cc-sandbox-state-writer"));
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return writer;
    }

    static StateStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        StateStore store;
        if (Files.exists(file)) {
            store = new StateStore(file, load(file));
            store.saved = readBytes(file);
        } else {
            StateData fresh = new StateData();
            fresh.users.add(PasswordHash.newUser(INITIAL_USER, INITIAL_PASSWORD.toCharArray(), true));
            store = new StateStore(file, fresh);
            store.dirty = true;
            store.flush();
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

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sandbox state " + file + ": " + e.getMessage(), e);
        }
    }

    <T> T read(Function<StateData, T> reader) {
        synchronized (lock) {
            return reader.apply(state);
        }
    }

    /**
     * Runs the change and has the state saved within {@link #SAVE_DELAY_MS} ms, also when the change throws after
     * modifying something. After {@link #close} the change is saved before this returns.
     */
    <T> T write(Function<StateData, T> change) {
        boolean saveHere = false;
        try {
            synchronized (lock) {
                try {
                    return change.apply(state);
                } finally {
                    dirty = true;
                    saveHere = !scheduleSave();
                }
            }
        } finally {
            if (saveHere) {
                flush();
            }
        }
    }

    /**
     * Replaces the whole state by {@code restored} (after {@code adjust} ran on it) and saves it at once, as if the
     * sandbox had been restarted on a restored data folder.
     */
    void replaceWith(StateData restored, Consumer<StateData> adjust) {
        synchronized (saving) {
            synchronized (lock) {
                adjust.accept(restored);
                state.copyFrom(restored);
                dirty = true;
                saved = null; // the restore writes a new folder: the file is written even when its content is the same
            }
            flush();
        }
    }

    /** Saves pending changes now, on the caller's thread; returns when the files hold them. */
    void flush() {
        synchronized (saving) {
            byte[] json;
            String pairKey;
            synchronized (lock) {
                if (!dirty) {
                    return;
                }
                json = serialised();
                pairKey = state.ha.pairKey;
                dirty = false;
            }
            if (!java.util.Objects.equals(pairKey, savedPairKey)) {
                try {
                    pairKeyFile.save(pairKey);
                } catch (RuntimeException e) {
                    synchronized (lock) {
                        dirty = true;
                    }
                    throw e;
                }
                savedPairKey = pairKey;
            }
            if (Arrays.equals(json, saved)) {
                return;
            }
            try {
                PrivateFiles.writeAtomically(file, json);
                saved = json;
            } catch (IOException e) {
                synchronized (lock) {
                    dirty = true;
                }
                throw new UncheckedIOException("Cannot save the sandbox state to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Stops the writer and saves what is pending; later changes are saved as they are made. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
        }
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    /** Under {@link #lock}: true when the writer will save the change, false when the caller must. */
    private boolean scheduleSave() {
        if (closed) {
            return false;
        }
        if (saveScheduled) {
            return true;
        }
        try {
            writer.schedule(this::saveInBackground, SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
            saveScheduled = true;
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private void saveInBackground() {
        synchronized (lock) {
            saveScheduled = false;
        }
        try {
            flush();
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + " (trying again)");
            synchronized (lock) {
                scheduleSave();
            }
        }
    }

    private byte[] serialised() {
        try {
            return mapper.writeValueAsBytes(state);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise the sandbox state: " + e.getMessage(), e);
        }
    }
}
