package dev.connectorconsole.ui.container;

import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.Scene;
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
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

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
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ContainerScreen screen;

    @BeforeAll
    static void runByHand() throws Exception {
        engine = EngineTestSupport.connect();
        name = EngineTestSupport.uniqueName("ui-migrate");
        image = name + "-scc:1";
        HandMadeSandboxConnector.buildImage(engine, Files.createTempDirectory("cc-ui-migrate-").resolve("ctx"), image);
        port = PortCheck.nextFree(29743);
        HandMadeSandboxConnector.docker("run", "-d", "--name", name, "-p", port + ":8443", "--label",
                EngineTestSupport.TEST_LABEL + "=true", image, "--connect-delay-ms", "10");
        HandMadeSandboxConnector.awaitReady(port);
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
        Notifier silent = new Notifier() {
            @Override public void info(String t, String x) { }
            @Override public void success(String t, String x) { }
            @Override public void failure(String t, String x) { }
        };
        EngineContainerService service = new EngineContainerService(() -> engine, dir -> {
            throw new UnsupportedOperationException("not used");
        });
        ContainerViewModel model = new ContainerViewModel(service, tasks, silent,
                new ContainerTarget(name, image, port, ContainerTarget.Kind.SANDBOX), Duration.ofSeconds(30));
        model.useSignIn(() -> Optional.of(client));
        screen = new ContainerScreen(model, new BuildViewModel(service, tasks, silent, Path.of("target"),
                java.util.Map.of(), model::refresh), javafx.util.Duration.seconds(2));
        Scene scene = new Scene((Parent) screen.view(), 1100, 900);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.closeGracefully(Duration.ofSeconds(40));
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
