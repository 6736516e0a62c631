package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.DialogPane;
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

import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;

/**
 * A connector run by hand whose configuration lives inside the container: Recreate… offers the migration, lists where
 * each folder goes, backs up first through the sign-in, migrates, and the subaccount is still there.
 */
@ExtendWith(ApplicationExtension.class)
class MigrateThroughTheScreenUiTest {
    private static EngineConnection engine;
    private static String image;
    private static String name;
    private static int port;
    private static String sha256;
    private static SccClient client;
    private ContainerScreenWindow window;

    @BeforeAll
    static void runByHand() throws Exception {
        engine = EngineTestSupport.connect();
        name = EngineTestSupport.uniqueName("ui-migrate");
        image = name + "-scc:1";
        HandMadeSandboxConnector.buildImage(engine, image);
        port = PortCheck.nextFree(29743);
        HandMadeSandboxConnector.run(name, image, port);
        sha256 = HandMadeSandboxConnector.configure(port);
        client = HandMadeSandboxConnector.client(port, sha256);
    }

    @AfterAll
    static void removeAll() {
        client.close();
        HandMadeSandboxConnector.dockerQuietly("rm", "-f", name);
        for (String folder : new String[] {"config", "config_master", "scc_config", "log"}) {
            HandMadeSandboxConnector.dockerQuietly("volume", "rm", "-f", name + "_" + folder);
        }
        TestImages.removeImage(engine, image);
        engine.close();
    }

    @Start
    void start(Stage stage) {
        window = new ContainerScreenWindow(engine, new ContainerTarget(name, image, port, ContainerTarget.Kind.SANDBOX));
        window.model().useSignIn(() -> Optional.of(client));
        window.show(stage, 900);
    }

    @AfterEach
    void stop() throws Exception {
        window.close(Duration.ofSeconds(40));
    }

    @Test
    void recreateOffersTheMigrationBacksUpFirstAndKeepsTheSubaccount(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#container-recreate").queryButton().isDisabled());
        robot.clickOn("#container-recreate");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#replace-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#replace-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The configuration of " + name
                + " lives inside the container. Migrate it into volumes?");
        assertThat(robot.lookup("#fate-scc_config").queryLabeled().getText())
                .isEqualTo("Kept: copied into the new volume " + name + "_scc_config.");

        Path zip = dir.resolve("before-migration.zip");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backup-first")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#backup-first");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backup-first-dialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#backup-first-password").queryAs(TextInputControl.class).setText("Backup-pass-1");
            robot.lookup("#backup-first-again").queryAs(TextInputControl.class).setText("Backup-pass-1");
            robot.lookup("#backup-first-target").queryAs(TextInputControl.class).setText(zip.toString());
        });
        robot.clickOn("#backup-first-confirm");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#backup-first-dialog").tryQuery().isEmpty());
        assertThat(Files.size(zip)).isPositive();

        robot.clickOn("#replace-confirm");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> mountsMigratedVolume()
                && robot.lookup("#container-progress").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#container-error").queryAs(javafx.scene.Node.class).isVisible()).isFalse();
        assertThat(HandMadeSandboxConnector.check(port, sha256).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
    }

    /** The container carries the migration's volume; false while it is being replaced (briefly under another name). */
    private static boolean mountsMigratedVolume() {
        try {
            return engine.client().inspectContainerCmd(name).exec().getMounts().stream()
                    .anyMatch(m -> (name + "_scc_config").equals(m.getName()));
        } catch (com.github.dockerjava.api.exception.NotFoundException beingReplaced) {
            return false;
        }
    }
}
