package dev.connectorconsole.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.settings.SecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.subaccounts.FormMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup screen's view model against the real sandbox connector over HTTPS, synchronously. */
class BackupsViewModelTest {
    private static final Secret PASSWORD = new Secret("Backup-Pw-4711");

    @TempDir
    Path work;
    private SandboxServer sandbox;
    private ConnectorSession session;
    private final SecretStore secrets = new InMemorySecretStore("in memory for the test");
    private final List<String> refusals = new ArrayList<>();
    private BackupsViewModel model;

    @BeforeEach
    void start() {
        sandbox = SandboxConnector.start(work.resolve("sandbox"));
        session = SandboxConnector.signedIn(sandbox);
        model = new BackupsViewModel(session, BackgroundTasks.sameThread(), new BackupStore(work.resolve("backups")),
                CompletableFuture.completedFuture(secrets), () -> "plant", () -> 2,
                new BackupRestore.Timing(Duration.ofMillis(300), Duration.ofSeconds(20)));
        model.refresh();
    }

    @AfterEach
    void stop() {
        session.close();
        sandbox.close();
    }

    @Test
    void onlyTheNewestBackupsAreKeptAndTheMessageSaysSo() {
        for (int i = 0; i < 3; i++) {
            model.takeBackup().start(Optional.of(PASSWORD), false, () -> { }, refusals::add);
        }
        assertThat(refusals).isEmpty();
        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows()).allSatisfy(row -> assertThat(row.version()).isEqualTo(sandbox.version()));
        assertThat(model.messageProperty().get().text()).contains("1 older backup(s) deleted: the newest 2 are kept.");
        assertThat(model.keptNoteProperty().get()).startsWith("The newest 2 backups of this connector are kept");
    }

    @Test
    void aRememberedPasswordIsUsedWhenNoneIsTypedAndCanBeForgotten() {
        model.takeBackup().start(Optional.of(PASSWORD), true, () -> { }, refusals::add);
        assertThat(model.passwordRememberedProperty().get()).isTrue();
        assertThat(new BackupPasswords(secrets).recall("plant")).contains(PASSWORD);

        model.takeBackup().start(Optional.empty(), false, () -> { }, refusals::add);
        assertThat(refusals).isEmpty();
        assertThat(model.rows()).hasSize(2);

        model.forgetPassword();
        assertThat(model.passwordRememberedProperty().get()).isFalse();
        assertThat(new BackupPasswords(secrets).recall("plant")).isEmpty();
    }

    @Test
    void aFileThatIsNoBackupIsRefusedWithTheConnectorsSentenceAndChangesNothing() throws Exception {
        Path notes = Files.writeString(work.resolve("notes.zip"), "just some text");
        session.client().orElseThrow().create(new SubaccountCreate("cf.eu10.hana.ondemand.com",
                "11111111-0000-4c2a-9e8f-1a2b3c4d5e6f", "user@example.com", new Secret("cloud-1"), "Kept", "", "", false));
        boolean[] accepted = {false};

        model.restore().start(notes, Optional.of(PASSWORD), () -> accepted[0] = true, refusals::add);

        assertThat(accepted[0]).isFalse();
        assertThat(refusals).singleElement().asString().contains("not a backup").doesNotContain(PASSWORD.value());
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo(FormMessage.NONE);
        assertThat(session.client().orElseThrow().subaccounts()).hasSize(1);
    }

    @Test
    void aRestoreIsCheckedThroughTheApiAfterTheRestart() {
        model.takeBackup().start(Optional.of(PASSWORD), false, () -> { }, refusals::add);
        session.client().orElseThrow().create(new SubaccountCreate("cf.eu10.hana.ondemand.com",
                "22222222-0000-4c2a-9e8f-1a2b3c4d5e6f", "user@example.com", new Secret("cloud-1"), "Later", "", "", false));

        model.restore().start(model.rows().get(0).entry().file(), Optional.of(PASSWORD), () -> { }, refusals::add);

        assertThat(refusals).isEmpty();
        assertThat(model.messageProperty().get().kind()).isEqualTo(FormMessage.Kind.SUCCESS);
        assertThat(model.messageProperty().get().text()).startsWith("Restored: 0 subaccounts.");
        assertThat(session.client().orElseThrow().subaccounts()).isEmpty();
    }

    @Test
    void signedOutTheScreenOffersNothingAndTakesNoBackup() {
        session.signOut();
        model.refresh();
        model.takeBackup().start(Optional.of(PASSWORD), false, () -> { }, refusals::add);

        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
        assertThat(refusals).singleElement().asString().startsWith("Sign in to the connector first");
        assertThat(work.resolve("backups")).doesNotExist();
    }
}
