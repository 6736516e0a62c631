package dev.connectorconsole.ui.container;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.settings.InMemorySecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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

/**
 * An adopted connector that keeps its configuration in the container's writable layer (a hand-made container from an
 * image without volumes, run without any): "Upgrade…" says to migrate it into volumes first and opens no upgrade.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeNotOfferedUiTest {
    private static EngineConnection engine;
    private static String image;
    private static String container;
    private static int port;
    private static Path work;
    private ContainerScreenWindow window;

    @BeforeAll
    static void runAHandMadeConnectorWithoutVolumes() throws Exception {
        engine = EngineTestSupport.connect();
        image = EngineTestSupport.uniqueName("inside-scc") + ":1";
        container = EngineTestSupport.uniqueName("inside");
        work = Files.createTempDirectory("cc-test-inside-");
        HandMadeSandboxConnector.buildImage(engine, image);
        port = PortCheck.nextFree(34443);
        docker("run", "-d", "--name", container, "-p", "127.0.0.1:" + port + ":8443",
                "--label", EngineTestSupport.TEST_LABEL + "=true", image);
    }

    @AfterAll
    static void removeAll() throws Exception {
        dockerQuietly("rm", "-f", "-v", container);
        TestImages.removeImage(engine, image);
        engine.close();
        try (var walk = Files.walk(work)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Start
    void start(Stage stage) {
        window = new ContainerScreenWindow(engine,
                new ContainerTarget(container, image, port, ContainerTarget.Kind.ADOPTED));
        BackupStore store = new BackupStore(work.resolve("backups"));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            throw new AssertionError("not used");
        }, version -> version, work.resolve("upgrades"), TestImages.LABELS, new KeptBackups(store, () -> 5),
                () -> new BackupPasswords(new InMemorySecretStore("test")), Duration.ofSeconds(30));
        window.show(stage, 800, screen -> screen.upgrading(
                new UpgradeViewModel(upgrades, window.tasks(), Optional::empty, window.model())));
    }

    @AfterEach
    void stop() throws Exception {
        window.close(Duration.ofSeconds(20));
    }

    @Test
    void anAdoptedContainerWithItsConfigurationInsideIsToldToMigrateFirst(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !robot.lookup("#container-upgrade").queryButton().isDisabled()).get());
        robot.clickOn("#container-upgrade");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#upgrade-not-offered").tryQuery().isPresent()).get());
        String reason = robot.lookup("#upgrade-not-offered").queryAs(Label.class).getText();
        assertThat(reason).contains("keeps the connector's configuration inside itself", "Migrate it into volumes first");
        assertThat(robot.lookup("#upgrade-dialog").tryQuery()).isEmpty();
    }
}
