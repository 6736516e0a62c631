package dev.connectorconsole.backup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AppSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local backup store filled from a sandbox connector over pinned HTTPS. */
class BackupStoreTest {
    private static final Secret ADMIN = new Secret("Store-Admin-1");
    private static final Secret BACKUP_PASSWORD = new Secret("Store-Backup-Pw-77");

    @TempDir
    Path work;
    private SandboxServer sandbox;
    private SccClient client;
    private BackupStore store;

    @BeforeEach
    void startSandbox() {
        sandbox = SandboxServer.start(new SandboxOptions(0, work.resolve("sandbox"), "127.0.0.1", Duration.ZERO, false)
                .withVersion("2.19.1"));
        try (SccClient first = client(new Secret("manage"))) {
            first.changeInitialPassword(new Secret("manage"), ADMIN);
        }
        client = client(ADMIN);
        client.setHaRole("master");
        client.create(new SubaccountCreate("cf.eu10.hana.ondemand.com", "33333333-0000-4c2a-9e8f-1a2b3c4d5e6f",
                "u@example.com", new Secret("cloud-pw-9"), "Stored", "", "", false));
        store = new BackupStore(work.resolve("data").resolve("backups"));
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void keepsBackupsWithDateVersionAndSizeExportsDeletesAndKeepsTheNewestN() throws Exception {
        List<BackupEntry> taken = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            taken.add(store.take(client, "scc-sandbox", BACKUP_PASSWORD));
            Thread.sleep(5);
        }

        BackupListing listing = store.list("scc-sandbox");

        assertThat(listing.setAside()).isEmpty();
        assertThat(listing.entries()).extracting(BackupEntry::file)
                .containsExactly(taken.get(3).file(), taken.get(2).file(), taken.get(1).file(), taken.get(0).file());
        assertThat(listing.entries()).allSatisfy(entry -> {
            assertThat(entry.version()).isEqualTo("2.19.1");
            assertThat(entry.size()).isPositive().isEqualTo(Files.size(entry.file()));
            assertThat(entry.created()).isBefore(java.time.Instant.now().plusSeconds(1));
        });
        Path exported = work.resolve("export.zip");
        store.export(listing.entries().get(0), exported);
        assertThat(Files.readAllBytes(exported)).isEqualTo(Files.readAllBytes(taken.get(3).file()));

        store.delete(listing.entries().get(1));
        assertThat(store.list("scc-sandbox").entries()).hasSize(3);
        List<BackupEntry> dropped = store.keepNewest("scc-sandbox", AppSettings.defaults().withBackupsKept(2).backupsKept());

        assertThat(dropped).extracting(BackupEntry::file).containsExactly(taken.get(0).file());
        assertThat(store.list("scc-sandbox").entries()).extracting(BackupEntry::file)
                .containsExactly(taken.get(3).file(), taken.get(1).file());
        assertThat(taken.get(0).file()).doesNotExist();
        assertNoFileHolds(store.root(), BACKUP_PASSWORD.value(), ADMIN.value());
    }

    @Test
    void aCorruptEntryIsSetAsideAndTheOthersAreStillListed() throws Exception {
        BackupEntry good = store.take(client, "scc-sandbox", BACKUP_PASSWORD);
        BackupEntry changed = store.take(client, "scc-sandbox", BACKUP_PASSWORD);
        BackupEntry garbled = store.take(client, "scc-sandbox", BACKUP_PASSWORD);
        Files.write(changed.file(), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Path garbledJson = garbled.file().resolveSibling(garbled.file().getFileName().toString().replace(".zip", ".json"));
        Files.writeString(garbledJson, "{ not json");
        Path orphan = Files.write(good.file().resolveSibling("20200101-000000-000_2.19.0.zip"), new byte[] {9});

        BackupListing listing = store.list("scc-sandbox");

        assertThat(listing.entries()).extracting(BackupEntry::file).containsExactly(good.file());
        assertThat(listing.setAside()).hasSize(3).allSatisfy(text -> assertThat(text).contains("cannot be read", "set-aside"));
        Path aside = good.file().resolveSibling(BackupStore.SET_ASIDE);
        assertThat(aside.resolve(changed.file().getFileName())).exists();
        assertThat(aside.resolve(garbledJson.getFileName())).exists();
        assertThat(aside.resolve(orphan.getFileName())).exists();
        assertThat(store.list("scc-sandbox").setAside()).as("set aside once, not again").isEmpty();
    }

    private static void assertNoFileHolds(Path root, String... secrets) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(secrets);
            }
        }
    }

    private SccClient client(Secret password) {
        return new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", password), TrustSettings.pinned(sandbox.certificateSha256()));
    }
}
