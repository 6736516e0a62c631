package dev.connectorconsole.ui.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
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
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.app.BackupFirst;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.engine.ContainerManager;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.settings.AdminPasswordKeys;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.shell.Banner;

/**
 * Remove… of a hand-made connector the app is not signed in to, with "Back up first": the confirmation asks for the
 * admin password (the remembered one filled in), shows the certificate it will trust, and a backup that fails leaves
 * the container as it was with the reason shown; one that succeeds is kept in the store and only then the container
 * goes.
 */
@ExtendWith(ApplicationExtension.class)
class BackUpFirstWithoutSignInUiTest {
    private static EngineConnection engine;
    private static String image;
    private static String name;
    private static int port;
    private static String sha256;
    private static Path storeDir;
    private final List<String> pinned = new CopyOnWriteArrayList<>();
    private BackupStore store;
    private ContainerScreenWindow window;

    @BeforeAll
    static void runByHand() throws Exception {
        engine = EngineTestSupport.connect();
        name = EngineTestSupport.uniqueName("ui-backup-first");
        image = name + "-scc:1";
        storeDir = Files.createTempDirectory("cc-test-backup-first-");
        try {
            HandMadeSandboxConnector.buildImage(engine, image);
            port = PortCheck.nextFree(29843);
            HandMadeSandboxConnector.run(name, image, port);
            sha256 = HandMadeSandboxConnector.configure(port);
        } catch (Exception | AssertionError e) {
            removeAll();
            throw e;
        }
    }

    @AfterAll
    static void removeAll() {
        HandMadeSandboxConnector.dockerQuietly("rm", "-f", name);
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @Start
    void start(Stage stage) {
        window = new ContainerScreenWindow(engine, new ContainerTarget(name, image, port, ContainerTarget.Kind.SANDBOX));
        ContainerViewModel model = window.model();
        model.useSignIn(Optional::empty);
        InMemorySecretStore secrets = new InMemorySecretStore("in memory for the test");
        secrets.put(AdminPasswordKeys.of("localhost", port, "Administrator"), HandMadeSandboxConnector.PASSWORD);
        store = new BackupStore(storeDir);
        model.backup().ownSignIn(new BackupFirst(new KeptBackups(store, () -> 3), () -> secrets),
                () -> new BackupFirst.Target(name, new ConnectorEndpoint("localhost", port), "Administrator", null),
                pinned::add);
        window.show(stage, 900);
    }

    @AfterEach
    void stop() throws Exception {
        window.close(Duration.ofSeconds(40));
    }

    @Test
    void aFailedBackupKeepsTheContainerAndAGoodOneComesBeforeTheRemoval(FxRobot robot) throws Exception {
        assertThat(CertificateProbe.fetch("localhost", port).sha256()).isEqualTo(sha256);
        openRemoveWithBackup(robot);
        assertThat(text(robot, "#backup-first-certificate")).contains(sha256).contains("No certificate is pinned");
        robot.interact(() -> {
            field(robot, "#backup-first-admin-password").setText("Not-the-password-1");
            field(robot, "#backup-first-password").setText("Backup-pass-1");
            field(robot, "#backup-first-again").setText("Backup-pass-1");
        });
        robot.clickOn("#remove-keep");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> error(robot)
                .startsWith("The backup before the removal failed"));
        assertThat(error(robot)).endsWith("so nothing was changed.")
                .doesNotContain("Not-the-password-1");
        assertThat(new ContainerManager(engine).inspect(name)).as("the container is still there").isPresent();
        assertThat(store.list(name).entries()).isEmpty();
        assertThat(pinned).isEmpty();

        openRemoveWithBackup(robot);
        robot.interact(() -> {
            field(robot, "#backup-first-password").setText("Backup-pass-1");
            field(robot, "#backup-first-again").setText("Backup-pass-2");
        });
        robot.clickOn("#remove-keep");
        assertThat(text(robot, "#backup-first-message")).isEqualTo("The two backup passwords differ.");
        robot.interact(() -> field(robot, "#backup-first-again").setText("Backup-pass-1"));
        robot.clickOn("#remove-keep");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> new ContainerManager(engine).inspect(name).isEmpty());
        assertThat(store.list(name).entries()).hasSize(1);
        assertThat(pinned).containsExactly(sha256);
    }

    /** Remove… with "Back up first" ticked, once the remembered admin password and the certificate are read. */
    private static void openRemoveWithBackup(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#container-remove").queryButton().isDisabled());
        robot.clickOn("#container-remove");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#backup-first-pane").tryQuery().isPresent());
        assertThat(robot.lookup("#backup-first").tryQuery()).as("no file backup without a sign-in").isEmpty();
        robot.clickOn("#backup-first-wanted");
        assertThat(robot.lookup("#backup-first-wanted").queryAs(CheckBox.class).isSelected()).isTrue();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> field(robot, "#backup-first-admin-password").getText()
                .equals(HandMadeSandboxConnector.PASSWORD.value()) && text(robot, "#backup-first-certificate").contains(sha256));
    }

    private static String error(FxRobot robot) {
        return String.valueOf(robot.lookup("#container-error").queryAs(Banner.class).text().getText());
    }

    private static TextInputControl field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class);
    }

    private static String text(FxRobot robot, String id) {
        return String.valueOf(robot.lookup(id).queryAs(Labeled.class).getText());
    }
}
