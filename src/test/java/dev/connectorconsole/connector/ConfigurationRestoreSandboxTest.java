package dev.connectorconsole.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup → change → restore on the sandbox over pinned HTTPS, and the restores that must change nothing. */
class ConfigurationRestoreSandboxTest {
    private static final Secret ADMIN = new Secret("Restore-Admin-1");
    private static final Secret BACKUP_PASSWORD = new Secret("Backup-Pw-4711");
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String KEPT = "11111111-0000-4c2a-9e8f-1a2b3c4d5e6f";
    private static final String LATER = "22222222-0000-4c2a-9e8f-1a2b3c4d5e6f";

    @TempDir
    Path work;
    private SandboxServer sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void aRestoreBringsBackTheStateOfTheBackupWithItsTunnelAndAdminPassword() throws IOException {
        sandbox = configured(work.resolve("data"), "2.19.0");
        Path backup = work.resolve("before.zip");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, backup);
            admin.delete(REGION, KEPT);
            admin.create(subaccount(LATER));
            admin.changeInitialPassword(ADMIN, new Secret("Changed-Admin-2"));
        }

        try (SccClient changed = client(new Secret("Changed-Admin-2"))) {
            changed.restore(BACKUP_PASSWORD, backup);
        }

        try (SccClient admin = client(ADMIN)) {
            assertThat(admin.subaccounts()).extracting(SubaccountSummary::subaccount).containsExactly(KEPT);
            assertThat(admin.subaccount(REGION, KEPT).tunnel().state()).isEqualTo(TunnelState.CONNECTED);
        }
    }

    @Test
    void aWrongPasswordOrAFileThatIsNoBackupIsRefusedAndChangesNothing() throws IOException {
        sandbox = configured(work.resolve("data"), "2.19.0");
        Path backup = work.resolve("backup.zip");
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "just some text");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, backup);
            admin.create(subaccount(LATER));

            SccException wrong = catchThrowableOfType(() -> admin.restore(new Secret("Not-The-Pw-1"), backup),
                    SccException.class);
            SccException noBackup = catchThrowableOfType(() -> admin.restore(BACKUP_PASSWORD, notABackup),
                    SccException.class);

            assertThat(wrong.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.getMessage()).contains("password").doesNotContain("Not-The-Pw-1", ADMIN.value());
            assertThat(noBackup.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST);
            assertThat(noBackup.getMessage()).contains("not a backup").doesNotContain(BACKUP_PASSWORD.value());
            assertThat(admin.subaccounts()).extracting(SubaccountSummary::subaccount).containsExactlyInAnyOrder(KEPT, LATER);
        }
    }

    @Test
    void aBackupGoesOntoTheSameOrANewerVersionButNotOntoAnOlderOne() throws IOException {
        sandbox = configured(work.resolve("new"), "2.19.1");
        Path newer = work.resolve("newer.zip");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, newer);
        }
        sandbox.close();
        sandbox = configured(work.resolve("old"), "2.19.0");
        Path older = work.resolve("older.zip");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, older);
            admin.create(subaccount(LATER));

            SccException refused = catchThrowableOfType(() -> admin.restore(BACKUP_PASSWORD, newer), SccException.class);

            assertThat(refused.kind()).isEqualTo(SccException.Kind.INVALID_REQUEST);
            assertThat(refused.getMessage()).contains("2.19.1", "same or a newer version");
            assertThat(admin.subaccounts()).hasSize(2);
        }
        sandbox.close();
        sandbox = SandboxServer.start(options(work.resolve("old"), "2.19.1"));
        try (SccClient upgraded = client(ADMIN)) {
            upgraded.restore(BACKUP_PASSWORD, older);
            assertThat(upgraded.version()).isEqualTo("2.19.1");
            assertThat(upgraded.subaccounts()).extracting(SubaccountSummary::subaccount).containsExactly(KEPT);
        }
    }

    @Test
    void restoredOntoAnotherConnectorItPresentsTheBackedUpCertificateAndUsersAsAfterARestart() throws IOException {
        sandbox = configured(work.resolve("first"), "2.19.0");
        String firstCertificate = sandbox.certificateSha256();
        Path backup = work.resolve("first.zip");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, backup);
        }
        sandbox.close();
        Secret otherAdmin = new Secret("Other-Admin-3");
        sandbox = SandboxServer.start(options(work.resolve("second"), "2.19.0"));
        try (SccClient first = client(new Secret("manage"))) {
            first.changeInitialPassword(new Secret("manage"), otherAdmin);
        }
        assertThat(sandbox.certificateSha256()).isNotEqualTo(firstCertificate);
        ConnectorEndpoint endpoint = new ConnectorEndpoint("127.0.0.1", sandbox.port());
        try (SccClient other = new SccClient(endpoint, new Credentials("Administrator", otherAdmin),
                TrustSettings.pinned(sandbox.certificateSha256()))) {
            other.setHaRole("master");
            long started = System.nanoTime();
            other.restore(BACKUP_PASSWORD, backup);
            System.out.println("Sandbox restore answered in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }

        assertThat(sandbox.certificateSha256()).isEqualTo(firstCertificate);
        try (SccClient restored = new SccClient(endpoint, new Credentials("Administrator", ADMIN),
                TrustSettings.pinned(firstCertificate))) {
            assertThat(restored.subaccounts()).extracting(SubaccountSummary::subaccount).containsExactly(KEPT);
        }
        assertThat(CertificateProbe.fetch("127.0.0.1", sandbox.port()).sha256()).isEqualTo(firstCertificate);
    }

    @Test
    void theZipHoldsNoSecretInPlainText() throws Exception {
        Path data = work.resolve("data");
        sandbox = configured(data, "2.19.0");
        Path backup = work.resolve("backup.zip");
        try (SccClient admin = client(ADMIN)) {
            admin.backup(BACKUP_PASSWORD, backup);
        }
        String state = Files.readString(data.resolve("state.json"));
        String hash = state.replaceAll("(?s).*\"hash\" : \"([^\"]+)\".*", "$1");
        String salt = state.replaceAll("(?s).*\"salt\" : \"([^\"]+)\".*", "$1");
        byte[] keyStore = Files.readAllBytes(data.resolve("ui-certificate.p12"));
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(keyStore), "connector-console-sandbox".toCharArray());
        byte[] privateKey = store.getKey("sandbox-ui", "connector-console-sandbox".toCharArray()).getEncoded();
        assertThat(hash).hasSizeGreaterThan(20).doesNotContain("\n");

        byte[] raw = Files.readAllBytes(backup);
        byte[] unpacked = unpacked(backup);

        for (byte[] haystack : new byte[][] {raw, unpacked}) {
            String text = new String(haystack, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain(hash, salt, BACKUP_PASSWORD.value(), ADMIN.value(), "cloud-secret-1",
                    java.util.Base64.getEncoder().encodeToString(privateKey));
            assertThat(indexOf(haystack, privateKey)).as("the UI private key in plain bytes").isNegative();
            assertThat(indexOf(haystack, keyStore)).as("the UI key store in plain bytes").isNegative();
        }
        assertThat(new String(unpacked, StandardCharsets.UTF_8)).contains(KEPT, "Administrator");
    }

    @Test
    void aShadowInstanceRefusesBackupAndRestore() throws IOException {
        sandbox = SandboxServer.start(options(work.resolve("shadow"), "2.19.0"));
        Path file = Files.writeString(work.resolve("any.zip"), "x");
        try (SccClient first = client(new Secret("manage"))) {
            first.changeInitialPassword(new Secret("manage"), ADMIN);
        }
        try (SccClient admin = client(ADMIN)) {
            admin.setHaRole("shadow");
            assertThat(catchThrowableOfType(() -> admin.backup(BACKUP_PASSWORD, work.resolve("b.zip")),
                    SccException.class).status()).isEqualTo(403);
            assertThat(catchThrowableOfType(() -> admin.restore(BACKUP_PASSWORD, file), SccException.class).status())
                    .isEqualTo(403);
        }
    }

    private SandboxServer configured(Path data, String version) {
        SandboxServer started = SandboxServer.start(options(data, version));
        sandbox = started;
        try (SccClient first = client(new Secret("manage"))) {
            first.changeInitialPassword(new Secret("manage"), ADMIN);
        }
        try (SccClient admin = client(ADMIN)) {
            admin.setHaRole("master");
            admin.create(subaccount(KEPT));
        }
        return started;
    }

    private static SandboxOptions options(Path data, String version) {
        return new SandboxOptions(0, data, "127.0.0.1", Duration.ofMillis(5), false).withVersion(version);
    }

    private static SubaccountCreate subaccount(String id) {
        return new SubaccountCreate(REGION, id, "cloud-user@example.com", new Secret("cloud-secret-1"), "Sub " + id,
                "", "", false);
    }

    private SccClient client(Secret password) {
        return new SccClient(new ConnectorEndpoint("127.0.0.1", sandbox.port()),
                new Credentials("Administrator", password), TrustSettings.pinned(sandbox.certificateSha256()));
    }

    private static byte[] unpacked(Path zipFile) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                all.writeBytes(zip.readAllBytes());
            }
        }
        return all.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
