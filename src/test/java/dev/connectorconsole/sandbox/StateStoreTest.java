package dev.connectorconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state is saved shortly after a change, at once on flush and close, and loads again as it was saved. */
class StateStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void aChangeReachesTheFileShortlyAfterWithoutAStop() throws Exception {
        StateStore store = StateStore.open(dataDir);
        try {
            store.write(state -> state.description = "saved by the writer");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
            while (!stateFile().contains("saved by the writer") && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(stateFile()).contains("saved by the writer");
        } finally {
            store.close();
        }
    }

    @Test
    void closeSavesTheLastOfABurstAndAReopenedStoreHasIt() throws Exception {
        StateStore store = StateStore.open(dataDir);
        for (int i = 0; i < 1000; i++) {
            int change = i;
            store.write(state -> state.description = "change " + change);
        }
        store.close();

        assertThat(stateFile()).contains("\"change 999\"");
        assertThat(dataDir.resolve(StateStore.FILE_NAME + ".tmp")).doesNotExist();
        StateStore reopened = StateStore.open(dataDir);
        try {
            String description = reopened.read(state -> state.description);
            String user = reopened.read(state -> state.users.get(0).name);
            assertThat(description).isEqualTo("change 999");
            assertThat(user).isEqualTo(StateStore.INITIAL_USER);
        } finally {
            reopened.close();
        }
    }

    @Test
    void flushWritesPendingChangesBeforeItReturns() throws Exception {
        StateStore store = StateStore.open(dataDir);
        try {
            store.write(state -> state.haRole = "master");
            store.flush();
            assertThat(stateFile()).contains("\"haRole\" : \"master\"");
        } finally {
            store.close();
        }
    }

    @Test
    void aChangeAfterCloseIsSavedBeforeWriteReturns() throws Exception {
        StateStore store = StateStore.open(dataDir);
        store.close();
        store.write(state -> state.description = "late change");
        assertThat(stateFile()).contains("late change");
    }

    private String stateFile() throws Exception {
        return Files.readString(dataDir.resolve(StateStore.FILE_NAME));
    }
}
