package dev.connectorconsole.ui.adopt;

import dev.connectorconsole.app.EngineAdoptServices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.connectorconsole.adopt.ConnectorCandidate;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.CertificateProbe;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.engine.EngineConnection;
import dev.connectorconsole.engine.EngineTestSupport;
import dev.connectorconsole.engine.PortCheck;
import dev.connectorconsole.lifecycle.HandMadeSandboxConnector;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.shell.Notifier;
import dev.connectorconsole.ui.shell.Theme;

/**
 * The configuration backup from the Adopt screen, in a real window, against the sandbox connector running in a
 * container made by hand (no volumes) on the real engine, over pinned HTTPS: signed in to that connector, the dialog
 * asks for no admin password and the backup goes through the sign-in; not signed in, it asks as before.
 */
@ExtendWith(ApplicationExtension.class)
class BackupDialogTest {
    private static final Secret ADMIN_PASSWORD = new Secret("Dialog-Admin-7");
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "5b8e1c2d-3f4a-4e6b-9c7d-0a1b2c3d4e5f";

    private static EngineConnection engine;
    private static String image;
    private static String container;
    private static int port;
    private static String sha256;

    @TempDir
    Path downloads;

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-backup", 2);
    private final List<String> notes = new CopyOnWriteArrayList<>();
    private ConnectorSession session;

    @BeforeAll
    static void runTheSandboxConnectorByHand() throws Exception {
        engine = EngineTestSupport.connect();
        String name = EngineTestSupport.uniqueName("backupui");
        image = name + "-sandbox:1";
        container = name + "-myscc";
        try {
            HandMadeSandboxConnector.buildImage(engine, image);
            port = PortCheck.nextFree(30443);
            HandMadeSandboxConnector.run(container, image, port);
            sha256 = CertificateProbe.fetch("localhost", port).sha256();
            configure();
        } catch (Exception | AssertionError e) {
            removeWhatTheTestMade();
            throw e;
        }
    }

    /** First run as a user does it: the initial password replaced, the master role, one subaccount. */
    private static void configure() {
        ConnectorEndpoint endpoint = new ConnectorEndpoint("localhost", port);
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")),
                TrustSettings.pinned(sha256))) {
            first.changeInitialPassword(new Secret("manage"), ADMIN_PASSWORD);
        }
        try (SccClient admin = new SccClient(endpoint, new Credentials("Administrator", ADMIN_PASSWORD),
                TrustSettings.pinned(sha256))) {
            admin.setHaRole("master");
            admin.create(new SubaccountCreate(REGION, SUBACCOUNT, "cloud-user@example.com", new Secret("cloud-pw"),
                    "Backed up from the dialog", "", "", false));
        }
    }

    @AfterAll
    static void removeWhatTheTestMade() throws Exception {
        HandMadeConnector.removeAll(container, image);
        if (engine != null) {
            engine.close();
        }
    }

    @Start
    void start(Stage stage) {
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sha256, pin -> { });
        AdoptViewModel model = new AdoptViewModel(new EngineAdoptServices(() -> engine), tasks, new Notifier() {
            @Override public void info(String title, String text) { notes.add(title); }
            @Override public void success(String title, String text) { notes.add(title); }
            @Override public void failure(String title, String text) { notes.add(title); }
        }, profile -> { }, () -> "scc", session);
        AdoptScreen screen = new AdoptScreen(model, () -> { });
        Scene scene = new Scene((Parent) screen.view(), 1180, 720);
        new Theme(false).attach(scene);
        stage.setScene(scene);
        stage.show();
        screen.activate();
    }

    @AfterEach
    void stopTasks() {
        session.close();
        tasks.closeGracefully(Duration.ofSeconds(5));
    }

    @Test
    void signedInToThatConnectorTheDialogAsksNoAdminPasswordAndTheBackupGoesThroughTheSession(FxRobot robot)
            throws Exception {
        robot.interact(() -> session.signIn("https://127.0.0.1:" + port, "Administrator", ADMIN_PASSWORD));
        await("the sign-in", 60, () -> session.state() == SessionState.SIGNED_IN);

        openBackupDialogOfTheAdoptedContainer(robot);

        assertThat(robot.lookup("#backup-signed-in").queryAs(Label.class).getText())
                .isEqualTo("Signed in as Administrator");
        assertThat(robot.lookup("#backup-admin-password").tryQuery()).as("no admin password asked").isEmpty();
        assertThat(robot.lookup("#backup-user").tryQuery()).as("no admin user asked").isEmpty();
        assertThat(robot.lookup("#backup-password").tryQuery()).isPresent();
        assertThat(robot.lookup("#backup-password-again").tryQuery()).isPresent();

        Path target = backUp(robot, downloads.resolve("signed-in.zip"));

        assertHoldsTheConnectorsConfiguration(target);
        assertThat(session.state()).as("the session stays signed in").isEqualTo(SessionState.SIGNED_IN);
    }

    @Test
    void notSignedInTheDialogAsksForTheAdminCredentialsAsBefore(FxRobot robot) throws Exception {
        assertThat(session.state()).isEqualTo(SessionState.SIGNED_OUT);

        openBackupDialogOfTheAdoptedContainer(robot);

        assertThat(robot.lookup("#backup-signed-in").tryQuery()).isEmpty();
        assertThat(robot.lookup("#backup-user").queryAs(TextInputControl.class).getText()).isEqualTo("Administrator");
        TextInputControl adminPassword = robot.lookup("#backup-admin-password").queryAs(TextInputControl.class);
        assertThat(adminPassword.isVisible()).isTrue();
        assertThat(adminPassword.getText()).isEmpty();
        robot.clickOn(adminPassword).write(ADMIN_PASSWORD.value());

        Path target = backUp(robot, downloads.resolve("asked.zip"));

        assertHoldsTheConnectorsConfiguration(target);
    }

    private void openBackupDialogOfTheAdoptedContainer(FxRobot robot) {
        TableView<ConnectorCandidate> table = robot.lookup("#adopt-table").queryTableView();
        await("the hand-made container in the list", 60, () -> table.getItems().stream()
                .anyMatch(c -> c.name().equals(container)));
        ConnectorCandidate row = table.getItems().stream().filter(c -> c.name().equals(container)).findFirst()
                .orElseThrow();
        assertThat(row.hostPort()).isEqualTo(port);
        robot.interact(() -> table.scrollTo(row));
        robot.clickOn("#adopt-" + container);
        assertThat(robot.lookup("#adopted-storage-warning").query().isVisible())
                .as("its configuration lives only in the container").isTrue();
        robot.clickOn("#adopted-backup");
        await("the backup dialog", 30, () -> robot.lookup("#backup-confirm").tryQuery().isPresent());
    }

    /** Fills in the backup password and target, confirms, and waits until the dialog closed after saving. */
    private Path backUp(FxRobot robot, Path target) {
        robot.clickOn("#backup-password").write("Zip-Password-3");
        robot.clickOn("#backup-password-again").write("Zip-Password-3");
        robot.clickOn("#backup-target").push(KeyCode.CONTROL, KeyCode.A).write(target.toString());
        assertThat(robot.lookup("#backup-target").queryAs(TextInputControl.class).getText())
                .isEqualTo(target.toString());
        await("the pinned certificate", 30, () -> !robot.lookup("#backup-confirm").queryButton().isDisabled());
        assertThat(robot.lookup("#backup-fingerprint").queryAs(Label.class).getText()).contains(sha256);
        assertNoLabelShowsTheAdminPassword(robot);

        robot.clickOn("#backup-confirm");
        await("the backup to be saved and the dialog to close", 120,
                () -> robot.lookup("#backup-confirm").tryQuery().isEmpty());
        assertThat(notes).contains("Backup saved");
        assertNoLabelShowsTheAdminPassword(robot);
        return target;
    }

    private static void assertNoLabelShowsTheAdminPassword(FxRobot robot) {
        assertThat(robot.lookup(node -> node instanceof Labeled labeled && labeled.getText() != null
                && labeled.getText().contains(ADMIN_PASSWORD.value())).tryQuery()).isEmpty();
    }

    private static void assertHoldsTheConnectorsConfiguration(Path target) throws IOException {
        assertThat(target).exists().isNotEmptyFile();
        Map<String, String> entries = unzip(target);
        assertThat(entries).containsKeys("backup.properties", "scc_config/state.json");
        assertThat(entries.get("scc_config/state.json")).contains(SUBACCOUNT).contains("Backed up from the dialog");
        assertThat(entries.values()).noneMatch(text -> text.contains(ADMIN_PASSWORD.value()));
        try (var left = Files.list(target.getParent())) {
            assertThat(left).as("no partial file left behind").containsExactly(target);
        }
    }

    private static Map<String, String> unzip(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static void await(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out after " + seconds + " s waiting for " + what, e);
        }
    }
}
