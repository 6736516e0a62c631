package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.connector.TunnelState;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.ui.dashboard.DashboardRow;
import dev.connectorconsole.ui.dashboard.DashboardScreen;
import dev.connectorconsole.ui.dashboard.DashboardViewModel;
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
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
 * The connector screens in a real window against the real sandbox connector over HTTPS, clicked through like a user:
 * sign in, trust the certificate, change the initial password, choose the master role, add a subaccount after
 * invalid input was refused, see it connected on the dashboard, disconnect, delete.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectorFlowUiTest {
    private static final String GUID = "0f5a3c2e-7b1d-4e8a-9c6f-2d4b8e1a7c30";

    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private final List<String> pinned = new CopyOnWriteArrayList<>();
    private static Path dataDir;
    private static SandboxServer sandbox;
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void startSandbox() throws Exception {
        dataDir = Files.createTempDirectory("cc-ui-sandbox");
        sandbox = SandboxConnector.start(dataDir);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, null, pinned::add);
        SignInView signIn = new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null));
        SubaccountsScreen subaccounts = new SubaccountsScreen(new SubaccountsViewModel(session, tasks));
        host = new ScreenHost(false);
        DashboardScreen dashboard = new DashboardScreen(
                new DashboardViewModel(session, tasks, Clock.systemDefaultZone(), () -> 10),
                () -> host.show("signin"), () -> host.show("subaccounts"));
        host.add("signin", signIn).add("subaccounts", subaccounts).add("dashboard", dashboard);
        host.show("signin");
        host.showIn(stage, 1280, 800);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        session.close();
        tasks.close();
    }

    private static void await(String what, BooleanSupplier condition) {
        UiWait.until(what, condition);
    }

    private void shot(FxRobot robot, String name) throws Exception {
        UiWait.shot(stage, name);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void firstRunToSubaccountAndBack(FxRobot robot) throws Exception {
        // sign in: the certificate is shown before any credentials are sent
        robot.clickOn("#password").write("manage");
        robot.clickOn("#sign-in");
        await("certificate", () -> robot.lookup("#trust-certificate").tryQuery().isPresent());
        assertThat(text(robot, "#fingerprint").replace("\n", "")).isEqualTo(sandbox.certificateSha256());
        shot(robot, "01-signin-trust-certificate");
        robot.clickOn("#trust-certificate");

        // forced first password change, validated before it is sent
        await("password change", () -> robot.lookup("#change-password").tryQuery().isPresent());
        assertThat(pinned).containsExactly(sandbox.certificateSha256());
        assertThat(robot.lookup("#current-password").queryAs(javafx.scene.control.PasswordField.class).getText())
                .as("the password just typed at sign-in is the current one").isEqualTo("manage");
        robot.clickOn("#new-password").write(SandboxConnector.NEW_PASSWORD);
        robot.clickOn("#repeat-new-password").write("something else");
        assertThat(visible(robot, "#repeat-new-password-error")).isTrue();
        assertThat(robot.lookup("#change-password").queryButton().isDisabled()).isTrue();
        shot(robot, "02-signin-password-mismatch");
        robot.doubleClickOn("#repeat-new-password").push(KeyCode.CONTROL, KeyCode.A).write(SandboxConnector.NEW_PASSWORD);
        assertThat(robot.lookup("#change-password").queryButton().isDisabled()).isFalse();
        robot.clickOn("#change-password");

        // HA role: one click for a single connector
        await("HA role", () -> robot.lookup("#make-master").tryQuery().isPresent());
        shot(robot, "03-signin-ha-role");
        robot.clickOn("#make-master");
        await("signed in", () -> session.state() == SessionState.SIGNED_IN);

        // subaccounts: invalid input first
        robot.clickOn("#nav-subaccounts");
        robot.clickOn("#region").write("cf.eu10.hana.ondemand.com");
        robot.clickOn("#subaccount-id").write("my-subaccount");
        robot.clickOn("#subaccount-user").write("admin");
        robot.clickOn("#password").write("secret");
        robot.clickOn("#location-id").write("plant 1");
        assertThat(text(robot, "#subaccount-id-error")).contains("GUID");
        assertThat(text(robot, "#subaccount-user-error")).contains("e-mail");
        assertThat(text(robot, "#location-id-error")).contains("letters, digits");
        Button save = robot.lookup("#save").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#display-name").push(KeyCode.ENTER);
        shot(robot, "04-subaccounts-invalid");
        assertThat(session.client().orElseThrow().subaccounts()).isEmpty();

        // corrected input is saved, listed and connected
        replace(robot, "#subaccount-id", GUID);
        replace(robot, "#subaccount-user", "admin@example.com");
        replace(robot, "#location-id", "plant-1");
        robot.clickOn("#display-name").write("Production");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        await("saved", () -> "Subaccount added.".equals(text(robot, "#form-message")));
        TableView<SubaccountRow> table = robot.lookup("#subaccount-table").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(row -> {
            assertThat(row.subaccount()).isEqualTo(GUID);
            assertThat(row.locationId()).isEqualTo("plant-1");
            assertThat(row.state()).isEqualTo(TunnelState.CONNECTED);
        });
        shot(robot, "05-subaccounts-saved");

        // dashboard shows it connected
        robot.clickOn("#nav-dashboard");
        TableView<DashboardRow> board = robot.lookup("#dashboard-table").queryTableView();
        await("dashboard", () -> board.getItems().size() == 1);
        assertThat(board.getItems().get(0).state()).isEqualTo(TunnelState.CONNECTED);
        assertThat(robot.lookup("#dashboard-table").lookup("Connected").tryQuery()).isPresent();
        assertThat(text(robot, "#updated-at")).startsWith("Updated at ");
        shot(robot, "06-dashboard-connected");

        // disconnect: the list and the dashboard follow
        robot.clickOn("#nav-subaccounts");
        robot.clickOn("#disconnect");
        await("disconnected", () -> table.getItems().size() == 1
                && table.getItems().get(0).state() == TunnelState.DISCONNECTED);
        await("connect button", () -> visible(robot, "#connect"));
        robot.clickOn("#nav-dashboard");
        await("dashboard follows", () -> board.getItems().size() == 1
                && board.getItems().get(0).state() == TunnelState.DISCONNECTED);
        robot.clickOn("#filter-connected");
        assertThat(board.getItems()).isEmpty();
        robot.clickOn("#filter-all");

        // delete with confirmation
        robot.clickOn("#nav-subaccounts");
        robot.clickOn("#delete");
        await("confirmation", () -> robot.lookup("#confirmation").tryQuery().isPresent());
        shot(robot, "07-subaccounts-delete-confirmation");
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").match(n -> n instanceof Button b
                && "Delete".equals(b.getText())).query());
        await("deleted", () -> table.getItems().isEmpty());
        assertThat(session.client().orElseThrow().subaccounts()).isEmpty();
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query).push(KeyCode.CONTROL, KeyCode.A).write(text);
        assertThat(robot.lookup(query).queryAs(TextField.class).getText()).isEqualTo(text);
    }
}
