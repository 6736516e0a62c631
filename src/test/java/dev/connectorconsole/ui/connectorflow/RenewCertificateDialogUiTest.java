package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.ConnectorEndpoint;
import dev.connectorconsole.connector.Credentials;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.Subaccount;
import dev.connectorconsole.connector.SubaccountCertificate;
import dev.connectorconsole.connector.SubaccountSummary;
import dev.connectorconsole.connector.TrustSettings;
import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import dev.connectorconsole.ui.subaccounts.SubaccountRow;
import dev.connectorconsole.ui.subaccounts.SubaccountsScreen;
import dev.connectorconsole.ui.subaccounts.SubaccountsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Renewing a subaccount certificate in a real window against the sandbox connector over HTTPS: the dialog asks for
 * the cloud user and password, refuses incomplete or malformed input before anything is sent, changes nothing when
 * cancelled, shows why the cloud refused a wrong password, and after a valid renewal shows the new validity, which
 * is the one the connector now holds. The password never shows up in any text on screen.
 */
@ExtendWith(ApplicationExtension.class)
class RenewCertificateDialogUiTest {
    /** How the subaccount screen words a certificate's end date (SubaccountTexts). */
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.systemDefault());
    private static final String GOOD_PASSWORD = "Cloud-Secret-2fa-918273";
    /** The sandbox's stand-in for the cloud refuses any password containing "wrong". */
    private static final String WRONG_PASSWORD = "Wrong-Cloud-Secret-645";

    private static Path dataDir;
    private static SandboxServer sandbox;
    private static SccClient admin;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void prepareConnector() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-sandbox");
        sandbox = SandboxConnector.start(dataDir);
        ConnectorEndpoint endpoint = new ConnectorEndpoint("127.0.0.1", sandbox.port());
        TrustSettings pin = TrustSettings.pinned(sandbox.certificateSha256());
        try (SccClient first = new SccClient(endpoint, new Credentials("Administrator", new Secret("manage")), pin)) {
            first.changeInitialPassword(new Secret("manage"), new Secret(SandboxConnector.NEW_PASSWORD));
        }
        admin = new SccClient(endpoint, new Credentials("Administrator", new Secret(SandboxConnector.NEW_PASSWORD)),
                pin);
        admin.setHaRole("master");
        sandbox.seed(3);
    }

    @AfterAll
    static void stopSandbox() {
        admin.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(), pin -> { });
        host = new ScreenHost(false);
        host.add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null)))
                .add("subaccounts", new SubaccountsScreen(new SubaccountsViewModel(session, tasks)));
        host.show("signin");
        host.showIn(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        session.close();
        tasks.close();
    }

    @Test
    void renewsOnlyWithValidCredentialsAndShowsTheNewValidity(FxRobot robot) throws Exception {
        Subaccount chosen = subaccountWithTheOldestCertificate();
        SubaccountCertificate before = chosen.tunnel().subaccountCertificate();
        String displayName = chosen.displayName();
        String cloudUser = chosen.tunnel().user();

        signIn(robot);
        robot.clickOn("#nav-subaccounts");
        UiWait.until("the subaccount screen", () -> robot.lookup("#subaccount-table").tryQuery().isPresent());
        TableView<SubaccountRow> table = robot.lookup("#subaccount-table").queryTableView();
        UiWait.until("the list", () -> table.getItems().size() == 3);
        robot.clickOn(displayName);
        UiWait.until("the details", () -> text(robot, "#form-title").equals(displayName)
                && robot.lookup("#renew-certificate").queryButton().isVisible()
                && !robot.lookup("#renew-certificate").queryButton().isDisabled());
        assertThat(text(robot, "#form-state")).isEqualTo("Connected");

        // The dialog asks for the cloud user (suggested: the subaccount's) and the password, nothing else.
        DialogPane dialog = openRenewDialog(robot);
        assertThat(dialog.getHeaderText()).contains(displayName);
        assertThat(robot.from(dialog).lookup(".field-label").queryAll()).map(n -> ((Label) n).getText())
                .containsExactlyInAnyOrder("Subaccount user", "Password");
        TextField user = robot.from(dialog).lookup("#subaccount-user").queryAs(TextField.class);
        PasswordField password = robot.from(dialog).lookup("#password").queryAs(PasswordField.class);
        Button renew = robot.from(dialog).lookup("#renew").queryButton();
        assertThat(user.getText()).isEqualTo(cloudUser);
        assertThat(password.getText()).isEmpty();
        assertThat(renew.isDisabled()).as("no password yet").isTrue();
        shotOf(dialog, "13-subaccounts-renew-certificate");

        // Empty user and empty password: each says what is missing, Renew stays off, Enter does nothing.
        robot.clickOn(user).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        UiWait.until("the user erased", () -> user.getText().isEmpty());
        assertThat(errorIn(robot, dialog, "#subaccount-user-error")).startsWith("Enter the user");
        robot.clickOn(password).write("x").push(KeyCode.BACK_SPACE);
        UiWait.until("the password's message", () -> visibleIn(robot, dialog, "#password-error"));
        assertThat(password.getText()).isEmpty();
        assertThat(errorIn(robot, dialog, "#password-error")).isEqualTo("Enter the password of this user.");
        assertThat(renew.isDisabled()).isTrue();
        robot.push(KeyCode.ENTER);

        // A user that is no login e-mail is refused even with a password: Enter does nothing, nothing is sent.
        robot.clickOn(user).write("admin");
        UiWait.until("the user typed", () -> user.getText().equals("admin"));
        assertThat(dialogShowing(robot)).as("Enter with empty fields keeps the dialog open").isTrue();
        robot.clickOn(password).write(GOOD_PASSWORD);
        UiWait.until("the password typed", () -> password.getText().equals(GOOD_PASSWORD));
        assertThat(errorIn(robot, dialog, "#subaccount-user-error")).contains("login e-mail address");
        assertThat(visibleIn(robot, dialog, "#password-error")).isFalse();
        assertThat(renew.isDisabled()).isTrue();
        shotOf(dialog, "14-subaccounts-renew-refused");
        robot.push(KeyCode.ENTER);

        // Cancel with valid input: the dialog closes and nothing changes, on screen or on the connector.
        robot.clickOn(user).push(KeyCode.CONTROL, KeyCode.A).write(cloudUser);
        UiWait.until("the user corrected", () -> user.getText().equals(cloudUser));
        assertThat(dialogShowing(robot)).as("Enter with an invalid user keeps the dialog open").isTrue();
        assertThat(certificateNow(chosen)).as("nothing was sent").isEqualTo(before);
        assertThat(renew.isDisabled()).isFalse();
        robot.clickOn(button(robot, dialog, "Cancel"));
        UiWait.until("the dialog closed", () -> !dialogShowing(robot));
        assertThat(visible(robot, "#form-message")).isFalse();
        assertThat(visible(robot, "#busy")).isFalse();
        assertThat(certificateNow(chosen)).as("cancelled: the certificate is unchanged").isEqualTo(before);
        assertThat(passwordsOnScreen()).isEmpty();

        // The cloud refuses a wrong password: the user reads why; the old certificate stays.
        DialogPane second = openRenewDialog(robot);
        assertThat(robot.from(second).lookup("#subaccount-user").queryAs(TextField.class).getText())
                .isEqualTo(cloudUser);
        typePassword(robot, second, WRONG_PASSWORD);
        robot.clickOn(robot.from(second).lookup("#renew").queryButton());
        UiWait.until("the refusal", () -> !dialogShowing(robot) && visible(robot, "#form-message")
                && text(robot, "#form-message").startsWith("The cloud did not accept this user and password"));
        assertThat(text(robot, "#form-message")).contains(cloudUser).contains(chosen.regionHost());
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getStyleClass()).contains("form-message-error");
        assertThat(certificateNow(chosen)).as("refused: the certificate is unchanged").isEqualTo(before);
        assertThat(passwordsOnScreen()).isEmpty();

        // A valid renewal: the screen confirms it with the new end date, the one the connector now holds.
        DialogPane third = openRenewDialog(robot);
        assertThat(robot.from(third).lookup("#password").queryAs(PasswordField.class).getText())
                .as("a new dialog does not remember the password").isEmpty();
        typePassword(robot, third, GOOD_PASSWORD);
        robot.clickOn(robot.from(third).lookup("#renew").queryButton());
        UiWait.until("the renewal", () -> !dialogShowing(robot)
                && text(robot, "#form-message").startsWith("Certificate renewed"));
        SubaccountCertificate after = certificateNow(chosen);
        assertThat(after.serialNumber()).as("a new certificate").isNotEqualTo(before.serialNumber());
        assertThat(after.notAfter()).isAfter(before.notAfter());
        assertThat(DATE.format(after.notAfter())).as("the end date a user sees changes")
                .isNotEqualTo(DATE.format(before.notAfter()));
        assertThat(text(robot, "#form-message"))
                .isEqualTo("Certificate renewed; valid until " + DATE.format(after.notAfter()) + ".");
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getStyleClass())
                .contains("form-message-success");
        assertThat(text(robot, "#form-state")).isEqualTo("Connected");
        UiWait.shot(stage, "15-subaccounts-certificate-renewed");

        assertThat(passwordsOnScreen()).as("the password is in no text on screen").isEmpty();
    }

    private void signIn(FxRobot robot) {
        PasswordField adminPassword = robot.lookup("#password").queryAs(PasswordField.class);
        robot.clickOn(adminPassword).write(SandboxConnector.NEW_PASSWORD);
        UiWait.until("the admin password typed", () -> adminPassword.getText().equals(SandboxConnector.NEW_PASSWORD));
        robot.clickOn("#sign-in");
        try {
            UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
        } catch (AssertionError e) {
            throw new AssertionError("not signed in: " + session.state() + ", " + session.lastErrorProperty().get(), e);
        }
    }

    private static void typePassword(FxRobot robot, DialogPane dialog, String secret) {
        PasswordField field = robot.from(dialog).lookup("#password").queryAs(PasswordField.class);
        robot.clickOn(field).write(secret);
        UiWait.until("the password typed", () -> field.getText().equals(secret));
    }

    private static void shotOf(DialogPane dialog, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> ScreenHost.snapshot(dialog.getScene(), UiWait.SHOTS.resolve(name + ".png")))
                .get(10, TimeUnit.SECONDS);
    }

    /** The seeded subaccount whose certificate ends first, so a renewal today moves its end date visibly. */
    private static Subaccount subaccountWithTheOldestCertificate() {
        List<Subaccount> all = new ArrayList<>();
        for (SubaccountSummary summary : admin.subaccounts()) {
            all.add(admin.subaccount(summary.regionHost(), summary.subaccount()));
        }
        Subaccount oldest = all.stream()
                .filter(s -> s.tunnel().state() == TunnelState.CONNECTED)
                .min(Comparator.comparing((Subaccount s) -> s.tunnel().subaccountCertificate().notAfter()))
                .orElseThrow();
        assertThat(oldest.tunnel().user()).isNotBlank();
        assertThat(DATE.format(oldest.tunnel().subaccountCertificate().notAfter()))
                .as("precondition: a renewal today gives another end date")
                .isNotEqualTo(DATE.format(Instant.now().plus(java.time.Duration.ofDays(365))));
        return oldest;
    }

    private static SubaccountCertificate certificateNow(Subaccount subaccount) {
        return admin.subaccount(subaccount.regionHost(), subaccount.subaccount()).tunnel().subaccountCertificate();
    }

    private static DialogPane openRenewDialog(FxRobot robot) {
        robot.clickOn("#renew-certificate");
        UiWait.until("the renew dialog", () -> dialogShowing(robot));
        return robot.lookup("#renew-dialog").queryAs(DialogPane.class);
    }

    private static boolean dialogShowing(FxRobot robot) {
        return robot.lookup("#renew-dialog").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    private static Button button(FxRobot robot, DialogPane dialog, String text) {
        return robot.from(dialog).lookup(".button").match(n -> n instanceof Button b && text.equals(b.getText()))
                .queryButton();
    }

    private static String errorIn(FxRobot robot, DialogPane dialog, String query) {
        Label error = robot.from(dialog).lookup(query).queryAs(Label.class);
        assertThat(error.isVisible()).as(query + " shown").isTrue();
        return error.getText();
    }

    private static boolean visibleIn(FxRobot robot, DialogPane dialog, String query) {
        return robot.from(dialog).lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).orElse("");
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** Every text drawn in a showing window (labels, fields, dialogs, titles) that contains one of the passwords. */
    private static List<String> passwordsOnScreen() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (Window window : Window.getWindows()) {
                if (!window.isShowing() || window.getScene() == null) {
                    continue;
                }
                if (window instanceof Stage s && s.getTitle() != null) {
                    collect(s.getTitle(), found);
                }
                collectTexts(window.getScene().getRoot(), found);
            }
            return found;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void collectTexts(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled) {
            collect(labeled.getText(), found);
        }
        if (node instanceof Text text) {
            collect(text.getText(), found);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectTexts(child, found);
            }
        }
    }

    private static void collect(String text, List<String> found) {
        if (text != null && (text.contains(GOOD_PASSWORD) || text.contains(WRONG_PASSWORD))) {
            found.add(text);
        }
    }
}
