package dev.connectorconsole.ui.container;

import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.docker;
import static dev.connectorconsole.lifecycle.HandMadeSandboxConnector.dockerQuietly;
import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.BackupBeforeChange;
import dev.connectorconsole.app.ConnectorUpgrades;
import dev.connectorconsole.app.ContainerTarget;
import dev.connectorconsole.app.EngineContainerService;
import dev.connectorconsole.app.KeptBackups;
import dev.connectorconsole.backup.BackupPasswords;
import dev.connectorconsole.backup.BackupStore;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.engine.TestImages;
import dev.connectorconsole.image.DockerfileGenerator;
import dev.connectorconsole.image.FakeSapFiles;
import dev.connectorconsole.image.InstallerScanner;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.lifecycle.SubaccountChecks;
import dev.connectorconsole.settings.InMemorySecretStore;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;
import dev.connectorconsole.upgrade.Cancellation;
import dev.connectorconsole.upgrade.SapFilesNewImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
    private static String container;
    private static int port;
    private static String sha256;
    private static SccClient client;
    private static Path work;
    private static FakeSapFiles sapFiles;
    private static final List<String> volumes = new ArrayList<>();
    private static final AtomicReference<String> newImage = new AtomicReference<>();
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ContainerScreen screen;

    @BeforeAll
    static void runAHandMadeConnectorBuiltFromFakeSapFiles() throws Exception {
        engine = EngineTestSupport.connect();
        prefix = EngineTestSupport.uniqueName("ui-sap-upgrade");
        oldImage = prefix + "/myscc:2.19.0";
        work = Files.createTempDirectory("cc-test-ui-sap-upgrade-");
        sapFiles = FakeSapFiles.create(engine, work);
        new SapFilesNewImage(engine, InstallerScanner.scan(sapFiles.downloads("2.19.0", false)), FakeSapFiles.BASE,
                oldImage, work.resolve("old"), TestImages.LABELS, sapFiles.onLocalBase()).build(l -> { }, new Cancellation());
        container = prefix + "-myscc";
        port = PortCheck.nextFree(32443);
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", container, "-p", "127.0.0.1:" + port + ":8443",
                "--label", EngineTestSupport.TEST_LABEL + "=true"));
        for (String folder : DockerfileGenerator.VOLUMES) {
            String volume = container + "-" + folder.substring(folder.lastIndexOf('/') + 1);
            volumes.add(volume);
            run.addAll(List.of("-v", volume + ":" + folder));
        }
        run.add(oldImage);
        docker(run.toArray(String[]::new));
        HandMadeSandboxConnector.awaitReady(port);
        sha256 = HandMadeSandboxConnector.configure(port);
        client = HandMadeSandboxConnector.client(port, sha256);
    }

    @AfterAll
    static void removeAll() throws Exception {
        client.close();
        dockerQuietly("rm", "-f", container);
        volumes.forEach(v -> dockerQuietly("volume", "rm", "-f", v));
        TestImages.removeImage(engine, oldImage);
        TestImages.removeImage(engine, tag("2.19.1"));
        sapFiles.close();
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
                new ContainerTarget(container, oldImage, port, ContainerTarget.Kind.ADOPTED), Duration.ofSeconds(30));
        BackupStore store = new BackupStore(work.resolve("backups"));
        BackupPasswords passwords = new BackupPasswords(new InMemorySecretStore("test"));
        model.useSignIn(() -> Optional.of(client), new BackupBeforeChange(new KeptBackups(store, () -> 5), () -> passwords));
        ConnectorUpgrades upgrades = new ConnectorUpgrades(() -> engine, () -> {
            throw new AssertionError("no sandbox build for an adopted connector");
        }, version -> { throw new AssertionError("no sandbox tag"); }, work.resolve("upgrades"), TestImages.LABELS,
                new KeptBackups(store, () -> 5), () -> passwords, Duration.ofSeconds(60))
                .withSapImages(FakeSapFiles.BASE, SapFilesUpgradeScreenUiTest::tag, sapFiles.onLocalBase());
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
    void upgradesTheAdoptedConnectorFromTheFolderOfNewerSapFiles(FxRobot robot) throws Exception {
        Path same = sapFiles.downloads("2.19.0", false);
        Path newer = sapFiles.downloads("2.19.1", false);
        await("the upgrade offered", 60, () -> !robot.lookup("#container-upgrade").queryButton().isDisabled());
        robot.clickOn("#container-upgrade");
        await("the dialog", 20, () -> robot.lookup("#upgrade-dialog").tryQuery().isPresent());
        await("the running version", 30, () -> text(robot, "#upgrade-running-version").equals("Running now: version 2.19.0"));
        assertThat(robot.lookup("#upgrade-version").queryAs(TextInputControl.class).isEditable())
                .as("the version comes from the downloads").isFalse();
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();

        TextInputControl folder = robot.lookup("#upgrade-folder").queryAs(TextInputControl.class);
        robot.interact(() -> folder.setText(same.toString()));
        robot.clickOn("#upgrade-check-folder");
        await("the check", 20, () -> text(robot, "#upgrade-version-message").contains("not newer"));
        assertThat(text(robot, "#upgrade-version-message")).contains("version 2.19.0, which is not newer than the running 2.19.0");
        assertThat(robot.lookup("#upgrade-confirm").queryButton().isDisabled()).isTrue();

        robot.interact(() -> folder.setText(newer.toString()));
        robot.clickOn("#upgrade-check-folder");
        await("the newer files", 20, () -> text(robot, "#upgrade-version-message").isEmpty()
                && robot.lookup("#upgrade-version").queryAs(TextInputControl.class).getText().equals("2.19.1"));
        assertThat(text(robot, "#upgrade-sap-files")).contains("Cloud Connector 2.19.1", "sapcc-2.19.1-linux-x64.tar.gz");
        assertThat(text(robot, "#upgrade-plan")).contains("Build the image of 2.19.1 from the SAP downloads",
                "the old image stays");
        robot.interact(() -> robot.lookup("#backup-password").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        robot.interact(() -> robot.lookup("#backup-password-again").queryAs(TextInputControl.class).setText(BACKUP_PASSWORD));
        shot(robot, "sap-upgrade-checked");
        long started = System.nanoTime();
        robot.clickOn("#upgrade-confirm");

        await("the outcome", 240, () -> robot.lookup("#upgrade-outcome").query().isVisible());
        System.out.println("SAP-files upgrade from the screen 2.19.0 -> 2.19.1 took "
                + (System.nanoTime() - started) / 1_000_000 + " ms from the click to the outcome");
        shot(robot, "sap-upgrade-done");
        assertThat(text(robot, "#upgrade-outcome .label")).isEqualTo("Upgraded to 2.19.1");
        try (SccClient fresh = HandMadeSandboxConnector.client(port, sha256)) {
            assertThat(fresh.version()).isEqualTo("2.19.1");
            assertThat(SubaccountChecks.through(fresh).subaccounts()).isEqualTo(HandMadeSandboxConnector.expected());
        }
        assertThat(engine.client().inspectContainerCmd(container).exec().getConfig().getImage()).isEqualTo(tag("2.19.1"));
        assertThat(engine.client().inspectImageCmd(oldImage).exec()).as("its own image stays for a rollback").isNotNull();
        assertThat(newImage.get()).isEqualTo(tag("2.19.1"));
        robot.clickOn("#upgrade-close");
    }

    private static String tag(String version) {
        return prefix + "/scc:" + version;
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
