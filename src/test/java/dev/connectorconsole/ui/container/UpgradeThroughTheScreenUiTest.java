package dev.connectorconsole.ui.container;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupEntry;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.DockerfileGenerator;
import dev.connectorconsole.image.SandboxImageContext;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.SandboxNewImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

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
    private static String container;
    private static int port;
    private static String sha256;
    private static SccClient client;
    private static Path work;
    private static BackupStore store;
    private static final List<String> volumes = new ArrayList<>();
    private static volatile boolean neverReady;
    private static final java.util.concurrent.atomic.AtomicReference<String> newImage =
            new java.util.concurrent.atomic.AtomicReference<>();
    private static final BackupPasswords passwords = new BackupPasswords(new InMemorySecretStore("test"));
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ContainerScreen screen;

    @BeforeAll
    static void runTheOldVersion() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = EngineTestSupport.uniqueName("ui-upgrade");
        oldImage = prefix + "/sandbox:2.19.0";
        work = Files.createTempDirectory("cc-ui-upgrade-");
        store = new BackupStore(work.resolve("backups"));
        new SandboxNewImage(engine, SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE), "2.19.0",
                oldImage, work.resolve("old"), TestImages.LABELS).build(line -> { }, new Cancellation());
        container = prefix;
        port = PortCheck.nextFree(31443);
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container, "-p", "127.0.0.1:" + port + ":8443",
                "--label", EngineTestSupport.TEST_LABEL + "=true"));
        for (String folder : DockerfileGenerator.VOLUMES) {
            String volume = container + "-" + folder.substring(folder.lastIndexOf('/') + 1);
            volumes.add(volume);
            run.addAll(List.of("-v", volume + ":" + folder));
        }
        run.addAll(List.of(oldImage, "--connect-delay-ms", "10"));
        docker(run.toArray(String[]::new));
        HandMadeSandboxConnector.awaitReady(port);
        sha256 = HandMadeSandboxConnector.configure(port);
        client = HandMadeSandboxConnector.client(port, sha256);
    }

    @AfterAll
    static void removeAll() throws Exception {
        client.close();
        String leftovers = docker("ps", "-a", "--filter", "name=" + container, "--format", "{{.Names}}");
        for (String name : leftovers.lines().filter(l -> !l.isBlank()).toList()) {
            dockerQuietly("rm", "-f", name);
        }
        volumes.forEach(v -> dockerQuietly("volume", "rm", "-f", v));
        for (String image : List.of(oldImage, tag("2.19.1", false), tag("2.19.1", true))) {
            TestImages.removeImage(engine, image);
        }
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
                new ContainerTarget(container, oldImage, port, ContainerTarget.Kind.SANDBOX), Duration.ofSeconds(30));
        model.useSignIn(() -> Optional.of(client), new BackupBeforeChange(new KeptBackups(store, () -> 5), () -> passwords));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            SandboxImageContext context = SandboxImageContext.fromRunningApplication().withCacheRoot(JLINK_CACHE);
            return neverReady ? context.neverReady() : context;
        }, version -> tag(version, neverReady), work.resolve("upgrades"), TestImages.LABELS,
                new KeptBackups(store, () -> 5), () -> passwords, Duration.ofSeconds(20));
        screen = new ContainerScreen(model, new BuildViewModel(service, tasks, silent, Path.of("target"), Map.of(),
                model::refresh), javafx.util.Duration.seconds(2))
                .upgrading(new UpgradeViewModel(upgrades, tasks, () -> Optional.of(client), model)
                        .afterUpgrade(newImage::set));
        Scene scene = new Scene((Parent) screen.view(), 1100, 800);
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
    @Order(0)
    void recreateTakesABackupFirstWhenItsPasswordIsRemembered(FxRobot robot) throws Exception {
        passwords.remember(container, new Secret(BACKUP_PASSWORD));
        String oldId = engine.client().inspectContainerCmd(container).exec().getId();
        await("recreate offered", 60, () -> !robot.lookup("#container-recreate").queryButton().isDisabled());
        robot.clickOn("#container-recreate");
        await("the confirmation", 15, () -> robot.lookup("#replace-dialog").tryQuery().isPresent());
        assertThat(text(robot, "#replace-backup-note")).startsWith("A backup of the configuration is taken first");
        assertThat(robot.lookup("#backup-first").tryQuery()).as("nothing to ask: it is taken on its own").isEmpty();
        robot.clickOn("#replace-confirm");
        await("the new container", 120, () -> !idOrEmpty().isEmpty() && !oldId.equals(idOrEmpty())
                && robot.lookup("#container-progress").queryLabeled().getText().isEmpty());
        assertThat(robot.lookup("#container-error").query().isVisible()).isFalse();
        List<BackupEntry> backups = store.list(container).entries();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).version()).isEqualTo("2.19.0");
        HandMadeSandboxConnector.awaitReady(port);
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
        neverReady = true;
        openTheDialogAndStart(robot);

        await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        shot(robot, "upgrade-rolled-back");
        assertThat(text(robot, "#upgrade-outcome .label")).isEqualTo("Rolled back to the old version, backup restored");
        String outcome = robot.lookup("#upgrade-outcome .label").nth(1).queryLabeled().getText();
        assertThat(outcome).contains("did not answer", "restored", "is kept on the Backups screen");
        assertThat(text(robot, "#upgrade-step-replace-state")).isEqualTo("failed");
        assertThat(text(robot, "#upgrade-step-roll-back-state")).isEqualTo("done");
        assertThat(text(robot, "#upgrade-step-restore-state")).isEqualTo("done");
        assertThat(text(robot, "#upgrade-step-build-state")).isEqualTo("done");
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
        neverReady = false;
        long started = System.nanoTime();
        openTheDialogAndStart(robot);

        await("the build to run", 120, () -> text(robot, "#upgrade-step-build-state").equals("running"));
        assertThat(robot.lookup("#upgrade-cancel").queryButton().isDisabled()).as("cancel while building").isFalse();
        assertThat(text(robot, "#upgrade-step-backup-state")).isEqualTo("done");
        await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        System.out.println("Upgrade from the screen 2.19.0 -> 2.19.1 took " + (System.nanoTime() - started) / 1_000_000
                + " ms from the click to the outcome");
        shot(robot, "upgrade-done");
        assertThat(text(robot, "#upgrade-outcome .label")).isEqualTo("Upgraded to 2.19.1");
        for (String step : List.of("check", "backup", "build", "replace")) {
            assertThat(text(robot, "#upgrade-step-" + step + "-state")).as(step).isEqualTo("done");
        }
        assertThat(robot.lookup("#upgrade-step-roll-back-state").tryQuery()).isEmpty();
        try (SccClient fresh = HandMadeSandboxConnector.client(port, sha256)) {
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
        await("the upgrade offered", 60, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
        robot.clickOn("#container-upgrade");
        await("the dialog", 10, () -> robot.lookup("#upgrade-dialog").tryQuery().isPresent());
        await("the running version", 30, () -> text(robot, "#upgrade-running-version").equals("Running now: version 2.19.0"));
        TextInputControl version = robot.lookup("#upgrade-version").queryAs(TextInputControl.class);
        assertThat(version.getText()).as("the next patch by default").isEqualTo("2.19.1");
        robot.interact(() -> version.setText("2.19.0"));
        assertThat(text(robot, "#upgrade-version-message")).isEqualTo("Choose a version newer than the running 2.19.0");
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();
        robot.interact(() -> version.setText("2.19.1"));
        assertThat(text(robot, "#upgrade-plan")).contains("Build the sandbox image of 2.19.1", "the old image stays",
                "same volumes", "Ready", "subaccounts");
        robot.interact(() -> robot.lookup("#backup-password").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.clickOn("#upgrade-confirm");
        assertThat(text(robot, "#backup-password-message")).isEqualTo("The two passwords differ.");
        robot.interact(() -> robot.lookup("#backup-password-again").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.clickOn("#upgrade-confirm");
        await("the upgrade to start", 10, () -> robot.lookup("#upgrade-cancel").tryQuery().isPresent());
    }

    private void closeTheDialog(FxRobot robot) {
        DialogPane pane = robot.lookup("#upgrade-dialog").queryAs(DialogPane.class);
        assertThat(pane.lookup("#upgrade-close")).isNotNull();
        robot.clickOn("#upgrade-close");
        await("the dialog to close", 10, () -> robot.lookup("#upgrade-dialog").tryQuery().isEmpty());
        await("the container actions back", 30, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
    }

    private static String tag(String version, boolean broken) {
        return prefix + "/sandbox:" + version + (broken ? "-never-ready" : "");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).orElse("");
    }

    private static void shot(FxRobot robot, String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "screens-upgrade"));
            javafx.scene.image.Image image = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#upgrade-dialog").query()
                    .getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (Exception e) {
            System.out.println("No picture of " + name + ": " + e);
        }
    }

    private static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
