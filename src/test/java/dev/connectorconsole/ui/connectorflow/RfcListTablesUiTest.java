package dev.connectorconsole.ui.connectorflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.connectorconsole.common.Secret;
import dev.connectorconsole.connector.BlockedClientUser;
import dev.connectorconsole.connector.RfcAccessLists;
import dev.connectorconsole.connector.SccClient;
import dev.connectorconsole.connector.SubaccountCreate;
import dev.connectorconsole.sandbox.SandboxServer;
import dev.connectorconsole.testsupport.SandboxClients;
import dev.connectorconsole.ui.access.AccessControlScreen;
import dev.connectorconsole.ui.access.AccessControlViewModel;
import dev.connectorconsole.ui.fx.BackgroundTasks;
import dev.connectorconsole.ui.session.ConnectorCalls;
import dev.connectorconsole.ui.session.ConnectorSession;
import dev.connectorconsole.ui.session.PinnedClientFactory;
import dev.connectorconsole.ui.session.SandboxConnector;
import dev.connectorconsole.ui.session.SessionState;
import dev.connectorconsole.ui.signin.SignInView;
import dev.connectorconsole.ui.signin.SignInViewModel;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
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
 * The RFC allowed clients and blocked users of a system, edited as tables in a real window against the sandbox over
 * HTTPS: rows added and removed (Add stays off for what is no client or user, or is there already), the system saved,
 * and what the connector holds is exactly the rows.
 */
@ExtendWith(ApplicationExtension.class)
class RfcListTablesUiTest {
    private static final String REGION = "cf.eu10.hana.ondemand.com";
    private static final String SUBACCOUNT = "4d7a6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";
    private static SandboxServer sandbox;
    private static SccClient admin;
    private final BackgroundTasks tasks = BackgroundTasks.onFxThread("cc-test-task", 2);
    private ConnectorSession session;
    private ScreenHost host;
    private Stage stage;

    @BeforeAll
    static void prepareConnector() throws Exception {
        sandbox = SandboxConnector.start(Files.createTempDirectory("cc-ui-rfc-lists"));
        admin = SandboxClients.master(sandbox, new Secret(SandboxConnector.NEW_PASSWORD));
        admin.create(new SubaccountCreate(REGION, SUBACCOUNT, "ops@example.com", new Secret("cloud-pw"), "Production",
                null, null, null, null));
    }

    @AfterAll
    static void stopConnector() {
        admin.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = new ConnectorSession(new PinnedClientFactory(), tasks, sandbox.certificateSha256(), pin -> { });
        host = new ScreenHost(false);
        host.add("signin", new SignInView(new SignInViewModel(session, SandboxConnector.url(sandbox), null)))
                .add("access", new AccessControlScreen(new AccessControlViewModel(new ConnectorCalls(session, tasks))));
        host.show("signin");
        host.showIn(stage, 1280, 1000);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> host.current().deactivate()).get(5, TimeUnit.SECONDS);
        session.close();
        tasks.close();
    }

    @Test
    void clientsAndBlockedUsersAreRowsAddedAndRemoved(FxRobot robot) throws Exception {
        PasswordField password = robot.lookup("#password").queryAs(PasswordField.class);
        robot.clickOn(password).write(SandboxConnector.NEW_PASSWORD);
        UiWait.until("typed", () -> password.getText().equals(SandboxConnector.NEW_PASSWORD));
        robot.clickOn("#sign-in");
        UiWait.until("signed in", () -> session.state() == SessionState.SIGNED_IN);
        WaitForAsyncUtils.asyncFx(() -> {
            host.show("access");
            ((AccessControlScreen) host.current()).show(REGION, SUBACCOUNT);
        }).get(5, TimeUnit.SECONDS);
        UiWait.until("the subaccount shown", () -> robot.lookup("#access-subaccount").tryQuery()
                .map(n -> ((ComboBox<?>) n).getValue() != null).orElse(false)
                && !robot.lookup("#add-system").queryButton().isDisabled());

        choose(robot, "#protocol", "RFC");
        type(robot, "#virtual-host", "erp-rfc");
        type(robot, "#virtual-port", "sapgw00");
        type(robot, "#internal-host", "erp.corp.local");
        type(robot, "#internal-port", "sapgw00");
        TableView<?> clients = robot.lookup("#allowed-clients").queryTableView();
        TableView<?> users = robot.lookup("#blocked-users").queryTableView();
        UiWait.until("the tables shown", () -> clients.isVisible() && users.isVisible());
        assertThat(clients.getItems()).isEmpty();

        type(robot, "#new-client", "10");
        assertThat(robot.lookup("#add-client").queryButton().isDisabled()).as("two digits are no client").isTrue();
        for (String client : List.of("100", "200", "300")) {
            type(robot, "#new-client", client);
            UiWait.until("Add offered", () -> !robot.lookup("#add-client").queryButton().isDisabled());
            robot.clickOn("#add-client");
        }
        type(robot, "#new-client", "100");
        assertThat(robot.lookup("#add-client").queryButton().isDisabled()).as("100 is there already").isTrue();
        UiWait.until("three rows", () -> clients.getItems().size() == 3);
        robot.clickOn(cell(robot, "#allowed-clients", "200"));
        robot.clickOn("#remove-client");
        UiWait.until("200 removed", () -> clients.getItems().size() == 2);

        type(robot, "#new-blocked-client", "000");
        type(robot, "#new-blocked-user", "ddic");
        robot.clickOn("#add-blocked-user");
        type(robot, "#new-blocked-client", "100");
        type(robot, "#new-blocked-user", "SAP*");
        robot.clickOn("#add-blocked-user");
        UiWait.until("two users", () -> users.getItems().size() == 2);
        robot.clickOn(cell(robot, "#blocked-users", "SAP*"));
        robot.clickOn("#remove-blocked-user");
        UiWait.until("one user", () -> users.getItems().size() == 1);
        UiWait.shot(stage, "49-access-control-rfc-lists");

        UiWait.until("the form valid", () -> !robot.lookup("#save-mapping").queryButton().isDisabled());
        robot.clickOn("#save-mapping");
        UiWait.until("added", () -> text(robot, "#form-message").equals("System erp-rfc:sapgw00 added."));
        RfcAccessLists lists = admin.systemMappings(REGION, SUBACCOUNT).rfcAccess("erp-rfc", "sapgw00");
        assertThat(lists.allowedClients()).containsExactlyInAnyOrder("100", "300");
        assertThat(lists.blockedUsers()).containsExactly(new BlockedClientUser("000", "DDIC"));
        UiWait.until("the saved system's rows", () -> clients.getItems().size() == 2 && users.getItems().size() == 1);
        assertThat(clients.getItems().stream().map(String::valueOf).toList()).containsExactlyInAnyOrder("100", "300");
    }

    private static Node cell(FxRobot robot, String table, String text) {
        Node root = robot.lookup(table).query();
        return robot.from(root).lookup(".table-cell")
                .match(n -> n instanceof Labeled l && text.equals(l.getText())).query();
    }

    private static void choose(FxRobot robot, String combo, String label) {
        robot.clickOn(combo);
        Node cell = robot.lookup(".list-cell").match(n -> n instanceof Labeled l && label.equals(l.getText()))
                .queryAs(Node.class);
        robot.clickOn(cell);
        UiWait.until(label + " chosen", () -> robot.lookup(combo).queryAs(ComboBox.class).getValue() != null);
    }

    private static void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(input).push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).write(text);
        UiWait.until(field + " typed", () -> input.getText().equals(text));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).orElse("");
    }
}
