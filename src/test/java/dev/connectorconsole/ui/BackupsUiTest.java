package dev.connectorconsole.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.app.AppEnvironment;
import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.sandbox.SandboxOptions;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.settings.AppSettings;
import dev.connectorconsole.settings.ConnectorProfile;
import dev.connectorconsole.settings.SettingsStore;
import dev.connectorconsole.ui.backups.BackupRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Backups screen in a real window, signed in to a sandbox over pinned HTTPS: a backup taken with a password shows
 * in the table; a subaccount added afterwards; a restore with a wrong password is refused next to the password and
 * changes nothing; with the right one the connector restarts and the screen says what came back.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsUiTest {
    private static final String ADMIN = "Backup-Admin-1";
    private static final String BACKUP_PASSWORD = "Backup-Pw-4711";
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String ADDED = "33333333-0000-4c2a-9e8f-1a2b3c4d5e6f";
    private SandboxServer sandbox;
    private Stage stage;
    private Path config;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = SandboxServer.start(new SandboxOptions(0, Files.createTempDirectory("cc-backups-sandbox"),
                "127.0.0.1", Duration.ofMillis(20), false));
        try (SccClient first = client(new Secret("manage"))) {
            first.changeInitialPassword(new Secret("manage"), new Secret(ADMIN));
            first.setHaRole("master");
        }
        try (SccClient admin = client(new Secret(ADMIN))) {
            admin.create(subaccount("11111111-0000-4c2a-9e8f-1a2b3c4d5e6f", "Plant North"));
            admin.create(subaccount("22222222-0000-4c2a-9e8f-1a2b3c4d5e6f", "Plant South"));
        }
        config = Files.createTempDirectory("cc-backups");
        ConnectorProfile plant = ConnectorProfile.remote("Plant", url(), "Administrator")
                .withPinnedSha256(sandbox.certificateSha256());
        new SettingsStore(config).save(AppSettings.defaults().withProfiles(List.of(plant)).withFirstRunDone(true));
        MainWindow.open(stage, new AppEnvironment(System.getenv(), config, Files.createTempDirectory("cc-backups-d")),
                new SettingsStore(config).load());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get(10, TimeUnit.SECONDS);
        sandbox.close();
    }

    @Test
    void takeABackupThenRestoreItWithAWrongAndTheRightPassword(FxRobot robot) throws Exception {
        robot.clickOn("#nav-backups");
        assertThat(robot.lookup("#backups-signed-out").query().isVisible()).as("not signed in yet").isTrue();
        assertThat(robot.lookup("#take-backup").query().isVisible()).as("nothing offered that would fail").isFalse();
        look(robot, "#backups-signed-out", "signed-out");
        signIn(robot);
        robot.clickOn("#nav-backups");
        TableView<?> table = robot.lookup("#backup-table").queryAs(TableView.class);
        await("the empty list of Plant", () -> text(robot, "#backups-connector").equals("of Plant"));
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#take-backup");
        robot.clickOn("#backup-password").write(BACKUP_PASSWORD);
        robot.clickOn("#backup-password-again").write("Backup-Pw-4712");
        robot.clickOn("#take-backup-confirm");
        assertThat(text(robot, "#backup-password-message")).isEqualTo("The two passwords differ.");
        robot.doubleClickOn("#backup-password-again").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write(BACKUP_PASSWORD);
        robot.clickOn("#remember-backup-password");
        look(robot, "#take-backup-dialog", "take-dialog");
        robot.clickOn("#take-backup-confirm");
        await("the backup in the table", () -> table.getItems().size() == 1);
        BackupRow row = (BackupRow) table.getItems().get(0);
        assertThat(row.version()).isEqualTo(sandbox.version());
        assertThat(row.size()).matches("[0-9.]+ (B|KB)");
        assertThat(text(robot, "#backups-message")).startsWith("Backup taken: " + row.date());
        assertThat(robot.lookup("#forget-backup-password").query().isVisible()).as("remembered").isTrue();
        assertThat(Files.exists(config.resolve("backups").resolve("Plant").resolve(row.entry().file().getFileName())))
                .isTrue();
        assertThat(filesUnder(config)).as("the backup password in no file").noneMatch(f -> contains(f, BACKUP_PASSWORD));

        try (SccClient admin = client(new Secret(ADMIN))) {
            admin.create(subaccount(ADDED, "Added later"));
        }
        robot.clickOn(robot.lookup("#backup-table .table-cell").queryAs(javafx.scene.Node.class));
        robot.clickOn("#restore-backup");
        DialogPane dialog = robot.lookup("#restore-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("Restore", "Plant");
        assertThat(robot.lookup("#restore-dialog .label").queryAllAs(Label.class)).anyMatch(l ->
                l.getText() != null && l.getText().contains("current configuration is replaced")
                        && l.getText().contains("restarts"));
        assertThat(robot.lookup("#use-remembered-password").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#use-remembered-password");
        robot.clickOn("#backup-password").write("Not-The-Pw-1");
        robot.clickOn("#restore-confirm");
        await("the connector's refusal", () -> !text(robot, "#backup-password-message").isEmpty());
        assertThat(text(robot, "#backup-password-message")).containsIgnoringCase("password")
                .doesNotContain("Not-The-Pw-1");
        assertThat(robot.lookup("#restore-dialog").tryQuery()).as("the dialog stays open").isPresent();
        look(robot, "#restore-dialog", "restore-dialog-wrong-password");
        assertThat(robot.lookup("#backup-password").queryAs(PasswordField.class).getText()).isEqualTo("Not-The-Pw-1");
        assertThat(subaccounts()).as("nothing changed").hasSize(3).contains(ADDED);

        robot.doubleClickOn("#backup-password").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(BACKUP_PASSWORD);
        long started = System.nanoTime();
        robot.clickOn("#restore-confirm");
        await("the dialog to close", () -> robot.lookup("#restore-dialog").tryQuery().isEmpty());
        await("the restored result", () -> text(robot, "#backups-message").startsWith("Restored: 2 subaccounts."));
        System.out.println("Restore from the screen until checked: " + (System.nanoTime() - started) / 1_000_000
                + " ms; " + text(robot, "#backups-message"));
        assertThat(subaccounts()).hasSize(2).doesNotContain(ADDED);
        look(robot, "#backup-table", "restored");
        assertThat(text(robot, "#status-connector")).isEqualTo("Connector: signed in");
    }

    /** A picture of the window that shows {@code query}, kept in target/ to look at; no text in it is cut short. */
    private static void look(FxRobot robot, String query, String name) throws Exception {
        javafx.scene.Scene scene = robot.lookup(query).query().getScene();
        Path picture = Path.of("target", "screens-backups", name + ".png");
        Files.createDirectories(picture.getParent());
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null))
                .get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png", picture.toFile());
        assertThat(CutTexts.in(scene.getRoot(), name)).as("texts cut short in " + name).isEmpty();
    }

    private void signIn(FxRobot robot) {
        robot.clickOn("#nav-sign-in");
        robot.clickOn("#admin-url").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(url());
        robot.clickOn("#password").write(ADMIN);
        robot.clickOn("#sign-in");
        await("the sign-in", () -> text(robot, "#status-connector").equals("Connector: signed in"));
    }

    private List<String> subaccounts() {
        try (SccClient admin = client(new Secret(ADMIN))) {
            return admin.subaccounts().stream().map(SubaccountSummary::subaccount).toList();
        }
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void await(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 60 s for " + what, e);
        }
    }

    private String url() {
        return "https://localhost:" + sandbox.port();
    }

    private SccClient client(Secret password) {
        return new SccClient(new ConnectorEndpoint("localhost", sandbox.port()), new Credentials("Administrator", password),
                TrustSettings.pinned(sandbox.certificateSha256()));
    }

    private static SubaccountCreate subaccount(String id, String name) {
        return new SubaccountCreate(REGION, id, "cloud-user@example.com", new Secret("cloud-secret-1"), name, "", "",
                false);
    }
}
