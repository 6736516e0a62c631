package dev.connectorconsole.ui.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.FakeSapFiles;
import dev.connectorconsole.lifecycle.ConnectorOnVolumes;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Upgrade of an adopted connector (a hand-made container on volumes, its own image built from fake SAP files of
 * 2.19.0) from the Container screen: the dialog asks for the folder of the new SAP downloads, refuses one that is not
 * newer, shows what the newer one builds, and upgrades to 2.19.1, read back through the API; the old image stays.
 */
@ExtendWith(ApplicationExtension.class)
class SapFilesUpgradeScreenUiTest {
    private static final String BACKUP_PASSWORD = "Sap-screen-upgrade-" + System.nanoTime();
    private static EngineConnection engine;
    private static String prefix;
    private static String oldImage;
    private static ConnectorOnVolumes connector;
    private static SccClient client;
    private static Path work;
    private static FakeSapFiles sapFiles;
    private static final AtomicReference<String> newImage = new AtomicReference<>();
    private ContainerScreenWindow window;

    @BeforeAll
    static void runAHandMadeConnectorBuiltFromFakeSapFiles() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = EngineTestSupport.uniqueName("ui-sap-upgrade");
        oldImage = prefix + "/myscc:2.19.0";
        work = Files.createTempDirectory("cc-test-ui-sap-upgrade-");
        sapFiles = FakeSapFiles.create(engine, work);
        sapFiles.sharedImage("2.19.0", oldImage);
        connector = ConnectorOnVolumes.start(prefix + "-myscc", oldImage, 32443);
        client = connector.client();
    }

    @AfterAll
    static void removeAll() throws Exception {
        client.close();
        connector.close();
        TestImages.removeImage(engine, oldImage);
        TestImages.removeImage(engine, tag("2.19.1"));
        sapFiles.close();
        engine.close();
    }

    @Start
    void start(Stage stage) {
        window = new ContainerScreenWindow(engine,
                new ContainerTarget(connector.name(), oldImage, connector.port(), ContainerTarget.Kind.ADOPTED));
        ContainerViewModel model = window.model();
        BackupStore store = new BackupStore(work.resolve("backups"));
        BackupPasswords passwords = new BackupPasswords(new InMemorySecretStore("test"));
        model.useSignIn(() -> Optional.of(client), new BackupBeforeChange(new KeptBackups(store, () -> 5), () -> passwords));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            throw new AssertionError("no sandbox build for an adopted connector");
        }, version -> { throw new AssertionError("no sandbox tag"); }, work.resolve("upgrades"), TestImages.LABELS,
                new KeptBackups(store, () -> 5), () -> passwords, Duration.ofSeconds(60))
                .withSapImages(FakeSapFiles.BASE, SapFilesUpgradeScreenUiTest::tag, sapFiles.onLocalBase());
        window.show(stage, 800, screen -> screen.upgrading(new UpgradeViewModel(upgrades, window.tasks(),
                () -> Optional.of(client), model).afterUpgrade(newImage::set)));
    }

    @AfterEach
    void stop() throws Exception {
        window.close(Duration.ofSeconds(40));
    }

    @Test
    void upgradesTheAdoptedConnectorFromTheFolderOfNewerSapFiles(FxRobot robot) throws Exception {
        UpgradeDialogLook look = new UpgradeDialogLook(robot);
        Path same = sapFiles.downloads("2.19.0", false);
        Path newer = sapFiles.downloads("2.19.1", false);
        look.await("the upgrade offered", 60, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
        robot.clickOn("#container-upgrade");
        look.await("the dialog", 20, () -> robot.lookup("#upgrade-dialog").tryQuery().isPresent());
        look.await("the running version", 30,
                () -> look.text("#upgrade-running-version").equals("Running now: version 2.19.0"));
        assertThat(robot.lookup("#upgrade-version").queryAs(TextInputControl.class).isEditable())
                .as("the version comes from the downloads").isFalse();
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();

        TextInputControl folder = robot.lookup("#upgrade-folder").queryAs(TextInputControl.class);
        robot.interact(() -> folder.setText(same.toString()));
        robot.clickOn("#upgrade-check-folder");
        look.await("the check", 20, () -> look.text("#upgrade-version-message").contains("not newer"));
        assertThat(look.text("#upgrade-version-message"))
                .contains("version 2.19.0, which is not newer than the running 2.19.0");
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();

        robot.interact(() -> folder.setText(newer.toString()));
        robot.clickOn("#upgrade-check-folder");
        look.await("the newer files", 20, () -> look.text("#upgrade-version-message").isEmpty()
                && robot.lookup("#upgrade-version").queryAs(TextInputControl.class).getText().equals("2.19.1"));
        assertThat(look.text("#upgrade-sap-files")).contains("Cloud Connector 2.19.1", "sapcc-2.19.1-linux-x64.tar.gz");
        assertThat(look.text("#upgrade-plan")).contains("Build the image of 2.19.1 from the SAP downloads",
                "the old image stays");
        robot.interact(() -> robot.lookup("#backup-password").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.interact(() -> robot.lookup("#backup-password-again").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        look.shot("sap-upgrade-checked");
        long started = System.nanoTime();
        robot.clickOn("#upgrade-confirm");

        look.await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        System.out.println("SAP-files upgrade from the screen 2.19.0 -> 2.19.1 took "
                + (System.nanoTime() - started) / 1_000_000 + " ms from the click to the outcome");
        look.shot("sap-upgrade-done");
        assertThat(look.text("#upgrade-outcome .label")).isEqualTo("Upgraded to 2.19.1");
        try (SccClient fresh = connector.client()) {
            assertThat(fresh.version()).isEqualTo("2.19.1");
            assertThat(SubaccountChecks.through(fresh).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        }
        assertThat(engine.client().inspectContainerCmd(connector.name()).exec().getConfig().getImage())
                .isEqualTo(tag("2.19.1"));
        assertThat(engine.client().inspectImageCmd(oldImage).exec()).as("its own image stays for a rollback").isNotNull();
        assertThat(newImage.get()).isEqualTo(tag("2.19.1"));
        robot.clickOn("#upgrade-close");
    }

    private static String tag(String version) {
        return prefix + "/scc:" + version;
    }
}
