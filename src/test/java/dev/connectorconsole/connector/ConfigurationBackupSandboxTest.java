package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration backup downloaded from the sandbox connector over pinned HTTPS. */
class ConfigurationBackupSandboxTest {
    private static final Secret ADMIN_PASSWORD = new Secret("Backup-Admin-1");
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ID = "7d1e2f3a-0000-4c2a-9e8f-1a2b3c4d5e6f";

    @TempDir
    Path data;
    @TempDir
    Path downloads;

    private SandboxServer sandbox;

    @BeforeEach
    void startConfiguredSandbox() {
        sandbox = SandboxServer.start(new SandboxOptions(0, data, "127.0.0.1", Duration.ofMillis(10), false));
        try (SccClient client = SandboxClients.master(sandbox, ADMIN_PASSWORD)) {
            client.create(new SubaccountCreate(REGION, ID, "cloud-user@example.com", new Secret("cloud-pw"),
                    "Backed up", "", "", false));
        }
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void writesAZipThatUnzipsAndHoldsTheSubaccount() throws IOException {
        Path target = downloads.resolve("scc-backup.zip");

        long size = backup(ADMIN_PASSWORD).backup(new Secret("Backup-Password-9"), target);

        assertThat(target).exists().hasSize(size);
        Map<String, String> entries = unzip(target);
        assertThat(entries).containsKeys("backup.properties", "scc_config/state.json");
        assertThat(entries.get("scc_config/state.json")).contains(ID);
        assertThat(entries.values()).noneMatch(text -> text.contains("Backup-Password-9"));
        try (var left = Files.list(downloads)) {
            assertThat(left).as("no partial file left behind").containsExactly(target);
        }
    }

    @Test
    void aSignedInClientDownloadsTheSameBackupOverItsOwnPinnedConnection() throws IOException {
        Path target = downloads.resolve("signed-in.zip");

        long size;
        try (SccClient client = new SccClient(endpoint(), new Credentials("Administrator", ADMIN_PASSWORD),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            assertThat(client.subaccounts()).hasSize(1);
            size = client.backup(new Secret("Backup-Password-9"), target);
            assertThat(client.subaccounts()).as("the client stays usable after the download").hasSize(1);
        }

        assertThat(target).exists().hasSize(size);
        Map<String, String> entries = unzip(target);
        assertThat(entries).containsKeys("backup.properties", "scc_config/state.json");
        assertThat(entries.get("scc_config/state.json")).contains(ID);
    }

    @Test
    void aSignedInClientWhoseCredentialsNoLongerWorkIsUnauthorizedWithoutRepeatingThem() {
        try (SccClient client = new SccClient(endpoint(), new Credentials("Administrator", new Secret("stale-pw-1")),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            SccException refused = catchThrowableOfType(
                    () -> client.backup(new Secret("Backup-Password-9"), downloads.resolve("x.zip")),
                    SccException.class);

            assertThat(refused.kind()).isEqualTo(SccException.Kind.UNAUTHORIZED);
            assertThat(refused.getMessage()).doesNotContain("stale-pw-1").doesNotContain("Backup-Password-9");
            assertThat(downloads.resolve("x.zip")).doesNotExist();
        }
    }

    @Test
    void anEmptyBackupPasswordIsRefusedAndNothingIsWritten() {
        Path target = downloads.resolve("none.zip");

        SccException refused = catchThrowableOfType(
                () -> backup(ADMIN_PASSWORD).backup(new Secret(""), target), SccException.class);

        assertThat(refused.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(target).doesNotExist();
    }

    @Test
    void wrongAdminPasswordIsUnauthorizedAndNotRepeatedInTheMessage() {
        SccException refused = catchThrowableOfType(() -> backup(new Secret("not-the-password"))
                .backup(new Secret("Backup-Password-9"), downloads.resolve("x.zip")), SccException.class);

        assertThat(refused.kind()).isEqualTo(SccException.Kind.UNAUTHORIZED);
        assertThat(refused.getMessage()).doesNotContain("not-the-password").doesNotContain("Backup-Password-9");
    }

    @Test
    void aDifferentCertificateThanThePinnedOneIsRejected() {
        ConfigurationBackup backup = new ConfigurationBackup(endpoint(), new Credentials("Administrator", ADMIN_PASSWORD),
                TrustSettings.pinned("AA:".repeat(31) + "AA"));

        SccException refused = catchThrowableOfType(
                () -> backup.backup(new Secret("Backup-Password-9"), downloads.resolve("x.zip")), SccException.class);

        assertThat(refused.kind()).isIn(SccException.Kind.UNTRUSTED_CERTIFICATE, SccException.Kind.CERTIFICATE_CHANGED);
        assertThat(downloads.resolve("x.zip")).doesNotExist();
    }

    private ConfigurationBackup backup(Secret adminPassword) {
        return new ConfigurationBackup(endpoint(), new Credentials("Administrator", adminPassword),
                TrustSettings.pinned(sandbox.certificateSha256()));
    }

    private ConnectorEndpoint endpoint() {
        return new ConnectorEndpoint("127.0.0.1", sandbox.port());
    }

    private static Map<String, String> unzip(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
