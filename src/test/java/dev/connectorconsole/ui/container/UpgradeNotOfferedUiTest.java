package dev.connectorconsole.ui.container;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ContainerScreen screen;

    @BeforeAll
    static void runAHandMadeConnectorWithoutVolumes() throws Exception {
        engine = EngineTestSupport.connect();
        image = EngineTestSupport.uniqueName("inside-scc") + ":1";
        container = EngineTestSupport.uniqueName("inside");
        work = Files.createTempDirectory("cc-test-inside-");
        HandMadeSandboxConnector.buildImage(engine, work.resolve("context"), image);
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
        Notifier silent = new Notifier() {
            @Override public void info(String t, String x) { }
            @Override public void success(String t, String x) { }
            @Override public void failure(String t, String x) { }
        };
        EngineContainerService service = new EngineContainerService(() -> engine, dir -> {
            throw new UnsupportedOperationException("not used");
        });
        ContainerViewModel model = new ContainerViewModel(service, tasks, silent,
                new ContainerTarget(container, image, port, ContainerTarget.Kind.ADOPTED), Duration.ofSeconds(30));
        BackupStore store = new BackupStore(work.resolve("backups"));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            throw new AssertionError("not used");
        }, version -> version, work.resolve("upgrades"), TestImages.LABELS, new KeptBackups(store, () -> 5),
                () -> new BackupPasswords(new InMemorySecretStore("test")), Duration.ofSeconds(30));
        screen = new ContainerScreen(model, new BuildViewModel(service, tasks, silent, Path.of("target"), Map.of(),
                model::refresh), javafx.util.Duration.seconds(2))
                .upgrading(new UpgradeViewModel(upgrades, tasks, Optional::empty, model));
        Scene scene = new Scene((Parent) screen.view(), 1100, 800);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(screen::deactivate).get(5, TimeUnit.SECONDS);
        tasks.closeGracefully(Duration.ofSeconds(20));
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
