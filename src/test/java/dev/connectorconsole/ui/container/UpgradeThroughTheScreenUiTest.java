package dev.connectorconsole.ui.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.e2e.SandboxImages;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.lifecycle.ConnectorOnVolumes;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Upgrade from the Container screen on the real engine: a sandbox 2.19.0 container on volumes, signed in, with two
 * subaccounts. First a newer build that never turns Ready is rolled back with the reason shown and the backup restored;
 * then the upgrade to 2.19.1 runs step by step to "Upgraded to 2.19.1", read back through the API, and the backups
 * taken are in the backup store.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeThroughTheScreenUiTest {
    private static final Path JLINK_CACHE = Path.of("target", "test-jlink-cache").toAbsolutePath();
    private static final String BACKUP_PASSWORD = "Screen-upgrade-" + System.nanoTime();
    private static EngineConnection engine;
    private static String prefix;
    private static String oldImage;
    private static ConnectorOnVolumes connector;
    private static String container;
    private static SccClient client;
    private static Path work;
    private static BackupStore store;
    private static volatile boolean neverReady;
    private static final java.util.concurrent.atomic.AtomicReference<String> newImage =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final BackupPasswords passwords = new BackupPasswords(new InMemorySecretStore("test"));
    private ContainerScreenWindow window;

    @BeforeAll
    static void runTheOldVersion() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = EngineTestSupport.uniqueName("ui-upgrade");
        oldImage = prefix + "/sandbox:2.19.0";
        work = Files.createTempDirectory("cc-ui-upgrade-");
        store = new BackupStore(work.resolve("backups"));
        SandboxImages.sharedVersion(engine, "2.19.0", oldImage);
        connector = ConnectorOnVolumes.start(prefix, oldImage, 31443, "--connect-delay-ms", "10");
        container = connector.name();
        client = connector.client();
    }

    @AfterAll
    static void removeAll() {
        client.close();
        connector.close();
        for (String image : List.of(oldImage, tag("2.19.1", false), tag("2.19.1", true))) {
            TestImages.removeImage(engine, image);
        }
        engine.close();
    }

    @Start
    void start(Stage stage) {
        window = new ContainerScreenWindow(engine,
                new ContainerTarget(container, oldImage, connector.port(), ContainerTarget.Kind.SANDBOX));
        ContainerViewModel model = window.model();
        model.useSignIn(() -> Optional.of(client), new BackupBeforeChange(new KeptBackups(store, () -> 5), () -> passwords));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            SandboxImageContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE);
            return neverReady ? context.neverReady() : context;
        }, version -> tag(version, neverReady), work.resolve("upgrades"), TestImages.LABELS,
                new KeptBackups(store, () -> 5), () -> passwords, Duration.ofSeconds(20));
        window.show(stage, 800, screen -> screen.upgrading(new UpgradeViewModel(upgrades, window.tasks(),
                () -> Optional.of(client), model).afterUpgrade(newImage::set)));
    }

    @AfterEach
    void stop() throws Exception {
        window.close(Duration.ofSeconds(40));
    }

    @Test
    @Order(0)
    void recreateTakesABackupFirstWhenItsPasswordIsRemembered(FxRobot robot) throws Exception {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        passwords.remember(container, new Secret(BACKUP_PASSWORD));
        String oldId = engine.client().inspectContainerCmd(container).exec().getId();
        look.await("recreate offered", 60, () -> !robot.lookup("#container-recreate").queryButton().isDisabled());
        robot.clickOn("#container-recreate");
        look.await("the confirmation", 15, () -> robot.lookup("#replace-dialog").tryQuery().isPresent());
        assertThat(look.text("#replace-backup-note")).startsWith("A backup of the configuration is taken first");
        assertThat(robot.lookup("#backup-first").tryQuery()).as("nothing to ask: it is taken on its own").isEmpty();
        robot.clickOn("#replace-confirm");
        look.await("the new container", 120, () -> !idOrEmpty().isEmpty() && !oldId.equals(idOrEmpty())
                && robot.lookup("#container-progress").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#container-error").query().isVisible()).isFalse();
        List<BackupEntry> backups = store.list(container).entries();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).version()).isEqualTo("2.19.0");
        HandMadeSandboxConnector.awaitReady(connector.port());
        assertThat(SubaccountChecks.through(client).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        passwords.forget(container);
    }

    private static String idOrEmpty() {
        try {
            return engine.client().inspectContainerCmd(container).exec().getId();
        } catch (com.github.dockerjava.api.exception.NotFoundException beingReplaced) {
            return "";
        }
    }

    @Test
    @Order(1)
    void aBuildThatNeverTurnsReadyIsRolledBackWithTheReasonShown(FxRobot robot) throws Exception {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        neverReady = true;
        openTheDialogAndStart(robot);

        look.await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        look.shot("upgrade-rolled-back");
        assertThat(look.text("#upgrade-outcome .label")).isEqualTo("Rolled back to the old version, backup restored");
        String outcome = robot.lookup("#upgrade-outcome .label").nth(1).queryLabeled().getText();
        assertThat(outcome).contains("did not answer", "restored", "is kept on the Backups screen");
        assertThat(look.text("#upgrade-step-replace-state")).isEqualTo("failed");
        assertThat(look.text("#upgrade-step-roll-back-state")).isEqualTo("done");
        assertThat(look.text("#upgrade-step-restore-state")).isEqualTo("done");
        assertThat(look.text("#upgrade-step-build-state")).isEqualTo("done");
        assertThat(client.version()).isEqualTo("2.19.0");
        assertThat(SubaccountChecks.through(client).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        assertThat(engine.client().inspectContainerCmd(container).exec().getConfig().getImage()).isEqualTo(oldImage);
        assertThat(store.list(container).entries()).hasSize(2);
        assertThat(newImage.get()).as("the profile keeps its image after a rollback").isNull();
        closeTheDialog(robot);
    }

    @Test
    @Order(2)
    void upgradesToTheNextPatchStepByStep(FxRobot robot) throws Exception {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        neverReady = false;
        long started = System.nanoTime();
        openTheDialogAndStart(robot);

        look.await("the build to run", 120, () -> look.text("#upgrade-step-build-state").equals("running"));
        assertThat(robot.lookup("#upgrade-cancel").queryButton().isDisabled()).as("cancel while building").isFalse();
        assertThat(look.text("#upgrade-step-backup-state")).isEqualTo("done");
        look.await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        System.out.println("Upgrade from the screen 2.19.0 -> 2.19.1 took " + (System.nanoTime() - started) / 1_000_000
                + " ms from the click to the outcome");
        look.shot("upgrade-done");
        assertThat(look.text("#upgrade-outcome .label")).isEqualTo("Upgraded to 2.19.1");
        for (String step : List.of("check", "backup", "build", "replace")) {
            assertThat(look.text("#upgrade-step-" + step + "-state")).as(step).isEqualTo("done");
        }
        assertThat(robot.lookup("#upgrade-step-roll-back-state").tryQuery()).isEmpty();
        try (SccClient fresh = connector.client()) {
            assertThat(fresh.version()).isEqualTo("2.19.1");
            assertThat(SubaccountChecks.through(fresh).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        }
        assertThat(engine.client().inspectContainerCmd(container).exec().getConfig().getImage())
                .isEqualTo(tag("2.19.1", false));
        assertThat(newImage.get()).as("the profile names the new image").isEqualTo(tag("2.19.1", false));
        List<BackupEntry> backups = store.list(container).entries();
        assertThat(backups).hasSize(3);
        assertThat(backups.get(0).version()).isEqualTo("2.19.0");
        closeTheDialog(robot);
    }

    private void openTheDialogAndStart(FxRobot robot) {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        look.await("the upgrade offered", 60, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
        robot.clickOn("#container-upgrade");
        look.await("the dialog", 10, () -> robot.lookup("#upgrade-dialog").tryQuery().isPresent());
        look.await("the running version", 30, () -> look.text("#upgrade-running-version").equals("Running now: version 2.19.0"));
        TextInputControl version = robot.lookup("#upgrade-version").queryAs(TextInputControl.class);
        assertThat(version.getText()).as("the next patch by default").isEqualTo("2.19.1");
        robot.interact(() -> version.setText("2.19.0"));
        assertThat(look.text("#upgrade-version-message")).isEqualTo("Choose a version newer than the running 2.19.0");
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();
        robot.interact(() -> version.setText("2.19.1"));
        assertThat(look.text("#upgrade-plan")).contains("Build the sandbox image of 2.19.1", "the old image stays",
                "same volumes", "Ready", "subaccounts");
        robot.interact(() -> robot.lookup("#backup-password").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.clickOn("#upgrade-confirm");
        assertThat(look.text("#backup-password-message")).isEqualTo("The two passwords differ.");
        robot.interact(() -> robot.lookup("#backup-password-again").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.clickOn("#upgrade-confirm");
        look.await("the upgrade to start", 10, () -> robot.lookup("#upgrade-cancel").tryQuery().isPresent());
    }

    private void closeTheDialog(FxRobot robot) {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        DialogPane pane = robot.lookup("#upgrade-dialog").queryAs(DialogPane.class);
        assertThat(pane.lookup("#upgrade-close")).isNotNull();
        robot.clickOn("#upgrade-close");
        look.await("the dialog to close", 10, () -> robot.lookup("#upgrade-dialog").tryQuery().isEmpty());
        look.await("the container actions back", 30, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
    }

    private static String tag(String version, boolean broken) {
        return prefix + "/sandbox:" + version + (broken ? "-never-ready" : "");
    }
}
